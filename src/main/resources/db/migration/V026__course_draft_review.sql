-- A trainer without the publishing permission asks a content editor to review a course's own draft (its title,
-- summary and lesson order), as lesson drafts already can be.
alter table course_draft
    add column review_asked_at timestamptz,
    add column review_asked_by bigint references app_user (id) on delete set null;

-- Publishing rights and review: CONTENT_EDITOR is a permission kept beside the roles (administrators hold it
-- without a row); a trainer's draft can await a content editor's review.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('TRAINEE', 'TRAINER', 'MANAGER', 'ADMIN', 'CONTENT_EDITOR'));

alter table lesson_draft
    add column review_asked_at timestamptz,
    add column review_asked_by bigint references app_user (id) on delete set null;

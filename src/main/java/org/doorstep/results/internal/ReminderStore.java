package org.doorstep.results.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.results.FollowUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which follow-ups have fallen due without a reminder, and the record that one was sent. */
@Repository
public class ReminderStore {

    /** A trainee's latest follow-up that is due, not recorded and not yet reminded of. */
    public record Due(long userId, int followUp, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * As results.FollowUps counts: the k-th follow-up is recorded once k entries are dated after pruning finished.
     * Only the latest due one per person (someone who set a date long past gets one mail, not three), and only
     * for active accounts with a verified address that want reminders.
     */
    public List<Due> due(LocalDate today) {
        return jdbc.sql("""
                select p.user_id, d.days, p.pruning_finished_on + d.days::int as due_on
                  from result_plan p
                  join app_user u on u.id = p.user_id
                 cross join lateral (select count(*) as recorded_after from result_snapshot s
                                      where s.user_id = p.user_id and not s.baseline and s.taken_on > p.pruning_finished_on) r
                 cross join lateral (select f.days, f.k from unnest(cast(:days as int[])) with ordinality f(days, k)
                                      where r.recorded_after < f.k and p.pruning_finished_on + f.days <= :today
                                      order by f.k desc limit 1) d
                 where u.enabled and u.reminders_enabled and u.email is not null and u.email_verified_at is not null
                   and not exists (select 1 from results_reminder m where m.user_id = p.user_id and m.follow_up >= d.days)
                 order by p.user_id""")
                .param("days", FollowUps.DAYS.toArray(Integer[]::new)).param("today", Date.valueOf(today))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate())).list();
    }

    /** Claims the reminder; false when another run (or instance) already did, which then sends nothing. */
    public boolean claim(Due due) {
        return jdbc.sql("""
                insert into results_reminder (user_id, follow_up, sent_for_date) values (?, ?, ?)
                on conflict (user_id, follow_up) do nothing""")
                .params(due.userId(), due.followUp(), Date.valueOf(due.dueOn())).update() == 1;
    }
}

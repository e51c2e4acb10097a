// Not compiled: a fixture for AccountWritersTest; the security feature may write its own tables.
class AllowedStore {
    void enrol() {
        jdbc.sql("insert into cohort_member (cohort_id, user_id) values (?, ?) on conflict do update set user_id = ?").update();
    }
}

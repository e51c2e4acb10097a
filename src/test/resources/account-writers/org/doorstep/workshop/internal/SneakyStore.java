// Not compiled: a fixture for AccountWritersTest, a feature that writes the security feature's tables itself.
class SneakyStore {
    void enrol() {
        jdbc.sql("insert into cohort_member (cohort_id, user_id) values (?, ?)").update();
        jdbc.sql("""
                UPDATE app_user
                   SET password_hash = ? where id = ?""").update();
        jdbc.sql("delete from " + "team_manager where user_id = ?").update();
    }
}

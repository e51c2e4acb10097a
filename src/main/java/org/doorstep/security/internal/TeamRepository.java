package org.doorstep.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByOrganisationIdAndName(Long organisationId, String name);

    @Modifying
    @Query(value = "insert into team_member (team_id, user_id) values (:teamId, :userId) on conflict do nothing",
            nativeQuery = true)
    void addMember(Long teamId, Long userId);

    @Modifying
    @Query(value = "insert into team_manager (team_id, user_id) values (:teamId, :userId) on conflict do nothing",
            nativeQuery = true)
    void addManager(Long teamId, Long userId);
}

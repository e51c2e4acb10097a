package org.doorstep.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByJoinCode(String joinCode);

    @Modifying
    @Query(value = "insert into cohort_member (cohort_id, user_id) values (:cohortId, :userId) on conflict do nothing",
            nativeQuery = true)
    void addMember(Long cohortId, Long userId);
}

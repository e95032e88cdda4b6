package dev.kairos.directory;

/**
 * A team member as clients send it to {@code POST /staff/{cid}}, {@code POST /company/{cid}/staff/quick}
 * and {@code PUT /staff/{cid}/{id}}; absent fields keep their value. {@code hidden} and {@code fired}
 * take 0/1 or true/false.
 */
record TeamMemberRequest(
        String name,
        String specialization,
        String information,
        String avatar,
        String apiId,
        Integer weight,
        Long positionId,
        Object hidden,
        Object fired,
        Long userId,
        String phoneNumber,
        String userPhone,
        String userEmail) {}

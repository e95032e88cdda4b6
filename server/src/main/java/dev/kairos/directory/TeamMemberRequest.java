package dev.kairos.directory;

/**
 * A team member as clients send it to {@code POST /staff/{cid}}, {@code POST /company/{cid}/staff/quick}
 * and {@code PUT /staff/{cid}/{id}}; absent fields keep their value.
 */
record TeamMemberRequest(
        String name,
        String specialization,
        String information,
        String avatar,
        String apiId,
        Integer weight,
        Long positionId,
        Boolean hidden,
        Boolean fired,
        Long userId,
        String phoneNumber,
        String userPhone,
        String userEmail) {}

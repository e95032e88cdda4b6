package dev.kairos.directory;

/** The writable fields of a team member, validated; the components name the SQL parameters. A null phone or email keeps the stored one. */
record TeamMemberFields(
        String name,
        String specialization,
        String information,
        String avatar,
        String apiId,
        int weight,
        Long positionId,
        boolean hidden,
        boolean fired,
        Long userId,
        String phone,
        String email) {}

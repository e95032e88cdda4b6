package dev.kairos.labels;

import dev.kairos.auth.Right;

/**
 * The two kinds of label, each with its table, its rights and its SQL written out in full: a
 * table name is never spliced into a statement.
 */
enum LabelKind {
    APPOINTMENT_CATEGORY(
            "appointment_categories",
            "appointment_category",
            Right.VIEW_RECORDS,
            Right.MANAGE_SETTINGS,
            """
            select c.id, c.title, c.color, c.font_color,
                   (select count(*) from appointment_labels l where l.category_id = c.id) as used
              from appointment_categories c
             where c.location_id = :location and not c.deleted""",
            "insert into appointment_categories (" + Columns.APPOINTMENT_CATEGORY + ")\nvalues ("
                    + Columns.APPOINTMENT_CATEGORY_VALUES + ") returning id",
            """
            update appointment_categories set title = :title, color = :color, font_color = :fontColor
             where id = :id and location_id = :location and not deleted""",
            "delete from appointment_labels where category_id = :id",
            "update appointment_categories set deleted = true where id = :id and location_id = :location"),
    CLIENT_TAG(
            "client_tags",
            "client_tag",
            Right.VIEW_CLIENTS,
            Right.MANAGE_CLIENTS,
            """
            select c.id, c.title, c.color, null as font_color,
                   (select count(*) from client_category_links l where l.category_id = c.id) as used
              from client_categories c
             where c.location_id = :location and not c.deleted""",
            """
            insert into client_categories (location_id, title, color)
            values (:location, :title, :color) returning id""",
            """
            update client_categories set title = :title, color = :color
             where id = :id and location_id = :location and not deleted""",
            "delete from client_category_links where category_id = :id",
            "update client_categories set deleted = true where id = :id and location_id = :location");

    /** The columns a new appointment category is written with, here and by {@link LabelWriter}. */
    static final class Columns {
        static final String APPOINTMENT_CATEGORY = "location_id, title, color, font_color";
        static final String APPOINTMENT_CATEGORY_VALUES = ":location, :title, :color, :fontColor";

        private Columns() {}
    }

    /** The kind's word in the API's and the pages' paths. */
    final String path;

    /** The entity's name in the activity log. */
    final String entity;

    final Right viewRight;
    final Right manageRight;
    final String select;
    final String insert;
    final String update;
    final String unlink;
    final String delete;

    LabelKind(
            String path,
            String entity,
            Right viewRight,
            Right manageRight,
            String select,
            String insert,
            String update,
            String unlink,
            String delete) {
        this.path = path;
        this.entity = entity;
        this.viewRight = viewRight;
        this.manageRight = manageRight;
        this.select = select;
        this.insert = insert;
        this.update = update;
        this.unlink = unlink;
        this.delete = delete;
    }

    /** The kind a path names; the paths' patterns let only the two words through. */
    static LabelKind ofPath(String path) {
        return path.equals(CLIENT_TAG.path) ? CLIENT_TAG : APPOINTMENT_CATEGORY;
    }

    /** Only appointment categories have a text colour of their own. */
    boolean hasFontColor() {
        return this == APPOINTMENT_CATEGORY;
    }
}

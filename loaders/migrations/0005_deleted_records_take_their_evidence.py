"""A deleted record takes its evidence and its facts with it: no (entity_type, entity_id) points at nothing.

Evidence and facts refer to their record by type and id, not by a foreign key (one table serves six
record types), so a trigger does what ON DELETE CASCADE would: deleting a park, park group, company,
project or fund deletes the facts about it and the evidence of both; deleting a fact deletes its
evidence. Code that moves evidence before deleting (merges) is unaffected: nothing is left to delete.
"""
from django.db import migrations

TABLES = {
    "parks_park": "park", "parks_parkgroup": "park_group", "parks_company": "company",
    "projects_project": "project", "projects_fund": "fund", "projects_fact": "fact",
}

FUNCTION = """
CREATE OR REPLACE FUNCTION loaders_delete_dependants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] <> 'fact' THEN
        DELETE FROM projects_fact WHERE subject_type = TG_ARGV[0] AND subject_id = OLD.id;
    END IF;
    DELETE FROM loaders_evidence WHERE entity_type = TG_ARGV[0] AND entity_id = OLD.id;
    RETURN OLD;
END;
$$;
"""


def create() -> list[str]:
    return [FUNCTION] + [
        f"CREATE TRIGGER {table}_delete_dependants AFTER DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION loaders_delete_dependants('{entity_type}');"
        for table, entity_type in TABLES.items()
    ]


def drop() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_delete_dependants ON {table};" for table in TABLES] + [
        "DROP FUNCTION IF EXISTS loaders_delete_dependants();"]


class Migration(migrations.Migration):
    dependencies = [("loaders", "0004_sentence_count"), ("parks", "0003_confidence"),
                    ("projects", "0005_metric_vocabulary")]

    operations = [migrations.RunSQL(sql=create(), reverse_sql=drop())]

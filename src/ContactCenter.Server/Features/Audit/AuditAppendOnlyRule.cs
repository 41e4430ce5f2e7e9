using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Triggers;

namespace ContactCenter.Server.Features.Audit;

/// <summary>
/// The database itself refuses to change or remove an audit entry, whoever connects. Marten cannot
/// express a trigger, so this is hand SQL, created and migrated with the rest of the schema (after
/// the entries' table, which it depends on).
/// </summary>
internal sealed class AuditAppendOnlyRule(StoreOptions options) : FeatureSchemaBase("AuditAppendOnlyRule", options.Advanced.Migrator)
{
    public override IEnumerable<Type> DependentTypes()
    {
        yield return typeof(AuditEntry);
    }

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var schema = options.DatabaseSchemaName;
        // Marten names a document table mt_doc_ plus the type name, in lower case.
        var table = Named(schema, "mt_doc_auditentry");
        var function = Named(schema, "cc_audit_entry_append_only");
        yield return new Function(function, $"""
            CREATE OR REPLACE FUNCTION {function.QualifiedName}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit log is append-only: entries are never changed or removed.' USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            """);
        yield return new Trigger(Named(schema, "cc_audit_entry_no_update_or_delete"), table, $"{function.QualifiedName}()")
        {
            Timing = TriggerTiming.Before,
            Events = TriggerEvents.Update | TriggerEvents.Delete,
            ForEachRow = true,
        };
        yield return new Trigger(Named(schema, "cc_audit_entry_no_truncate"), table, $"{function.QualifiedName}()")
        {
            Timing = TriggerTiming.Before,
            Events = TriggerEvents.Truncate,
            ForEachRow = false,
        };
    }

    private static PostgresqlObjectName Named(string schema, string name) => new(schema, name, SchemaUtils.IdentifierUsage.General);
}

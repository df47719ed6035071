using Infra.Permissions;

namespace Infra.Tests.Permissions;

/// <summary>
/// A repository root in a temp folder holding the repository's requirement tables plus small stand-ins (an ARN, no
/// calls) for the types whose tables are not in the repository, so the engine can run over a whole root.
/// </summary>
internal static class TestTables
{
    /// <summary>Stand-in ARN templates, by type: only what a reference to these types needs.</summary>
    private static readonly Dictionary<string, string> StandIns = new(StringComparer.Ordinal)
    {
        ["aws_iam_role"] = "arn:aws:iam::${account}:role/${name}",
        ["aws_iam_role_policy"] = "arn:aws:iam::${account}:role/${role}",
        ["aws_iam_role_policy_attachment"] = "arn:aws:iam::${account}:role/${role}",
        ["aws_kms_key"] = "arn:aws:kms:${region}:${account}:key/${attr.key_id}",
        ["aws_kms_alias"] = "arn:aws:kms:${region}:${account}:${name}",
        ["aws_s3_bucket"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_bucket_ownership_controls"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_bucket_policy"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_bucket_public_access_block"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_bucket_server_side_encryption_configuration"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_bucket_versioning"] = "arn:aws:s3:::${bucket}",
        ["aws_s3_object"] = "arn:aws:s3:::${bucket}/${key}",
        ["aws_dynamodb_table"] = "arn:aws:dynamodb:${region}:${account}:table/${name}",
        ["aws_sesv2_email_identity"] = "arn:aws:ses:${region}:${account}:identity/${email_identity}",
        ["aws_iam_openid_connect_provider"] = "arn:aws:iam::${account}:oidc-provider/${attr.url}",
    };

    /// <summary>Writes the repository's tables and the stand-ins missing from them into <paramref name="folder"/>.</summary>
    public static RequirementTable Load(TempFolder folder, IamCatalog catalog)
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.Path(RequirementTable.Folder), "*.yaml"))
        {
            folder.Write(RequirementTable.Folder + "/" + System.IO.Path.GetFileName(file), File.ReadAllText(file));
        }

        foreach (var (type, arn) in StandIns)
        {
            var path = RequirementTable.Folder + "/" + type + ".yaml";
            if (!File.Exists(System.IO.Path.Combine(folder.Path, path)))
            {
                folder.Write(path, $"type: {type}\narn: \"{arn}\"\ncalls:\n  refresh: []\n  create: []\n  update: []\n  delete: []\n");
            }
        }

        return RequirementTable.Load(folder.Path, catalog);
    }
}

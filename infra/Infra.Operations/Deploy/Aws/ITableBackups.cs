namespace Infra.Deploy.Aws;

/// <summary>On-demand DynamoDB backups, taken before a production apply.</summary>
public interface ITableBackups
{
    /// <summary>Starts an on-demand backup of <paramref name="table"/>; returns the backup's ARN.</summary>
    Task<string> CreateBackupAsync(string table, string backupName, CancellationToken cancellationToken);
}

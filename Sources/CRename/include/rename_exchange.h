#ifndef CHISO_RENAME_EXCHANGE_H
#define CHISO_RENAME_EXCHANGE_H

/// Exchanges two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, otherwise -1 with errno set (EINVAL or ENOSYS where the file system
/// or kernel cannot exchange, so the caller falls back to two renames).
int chiso_rename_exchange(const char *first, const char *second);

#endif

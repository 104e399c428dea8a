"""What every area's services share: permissions and the acting user, errors, the audit trail,
the change bus, document numbering, money and text helpers, batching and progress types.

May import: yuntian.db, yuntian.config, yuntian.user_errors (the ServiceError base). Never an
area package."""

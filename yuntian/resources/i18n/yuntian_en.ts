<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressRow</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street, building, room</source>
        <translation>Street, building, room</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Remove this address</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User's name changed</source>
        <translation>User's name changed</translation>
    </message>
    <message>
        <source>User's roles changed</source>
        <translation>User's roles changed</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Role created</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Role deleted</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>List entry added</translation>
    </message>
    <message>
        <source>List entry renamed</source>
        <translation>List entry renamed</translation>
    </message>
    <message>
        <source>List entry removed</source>
        <translation>List entry removed</translation>
    </message>
    <message>
        <source>List entry moved</source>
        <translation>List entry moved</translation>
    </message>
    <message>
        <source>General settings changed</source>
        <translation>General settings changed</translation>
    </message>
    <message>
        <source>Custom field labels changed</source>
        <translation>Custom field labels changed</translation>
    </message>
    <message>
        <source>Numbering rule changed</source>
        <translation>Numbering rule changed</translation>
    </message>
    <message>
        <source>This PC's settings changed</source>
        <translation>This PC's settings changed</translation>
    </message>
    <message>
        <source>This PC's database changed</source>
        <translation>This PC's database changed</translation>
    </message>
    <message>
        <source>Phone lines and devices changed</source>
        <translation>Phone lines and devices changed</translation>
    </message>
    <message>
        <source>First-run setup completed</source>
        <translation>First-run setup completed</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>Customer edited</translation>
    </message>
    <message>
        <source>Phone number added to a customer</source>
        <translation>Phone number added to a customer</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Customer deleted</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Customer archived</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Customer restored</translation>
    </message>
    <message>
        <source>Customer blacklisted</source>
        <translation>Customer blacklisted</translation>
    </message>
    <message>
        <source>Customer taken off the blacklist</source>
        <translation>Customer taken off the blacklist</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Customers imported</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>Customers exported</translation>
    </message>
    <message>
        <source>Customer group created</source>
        <translation>Customer group created</translation>
    </message>
    <message>
        <source>Customers moved to a group</source>
        <translation>Customers moved to a group</translation>
    </message>
    <message>
        <source>Customer group renamed</source>
        <translation>Customer group renamed</translation>
    </message>
    <message>
        <source>Customer group deleted</source>
        <translation>Customer group deleted</translation>
    </message>
    <message>
        <source>Purchase intention added</source>
        <translation>Purchase intention added</translation>
    </message>
    <message>
        <source>Purchase intention edited</source>
        <translation>Purchase intention edited</translation>
    </message>
    <message>
        <source>Purchase intention deleted</source>
        <translation>Purchase intention deleted</translation>
    </message>
    <message>
        <source>Memo added</source>
        <translation>Memo added</translation>
    </message>
    <message>
        <source>Memo edited</source>
        <translation>Memo edited</translation>
    </message>
    <message>
        <source>Memo deleted</source>
        <translation>Memo deleted</translation>
    </message>
    <message>
        <source>Call filed under a customer</source>
        <translation>Call filed under a customer</translation>
    </message>
    <message>
        <source>Calls deleted from the log</source>
        <translation>Calls deleted from the log</translation>
    </message>
    <message>
        <source>Call log exported</source>
        <translation>Call log exported</translation>
    </message>
    <message>
        <source>Parts stock exported</source>
        <translation>Parts stock exported</translation>
    </message>
    <message>
        <source>Purchase list exported</source>
        <translation>Purchase list exported</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message left</translation>
    </message>
    <message>
        <source>Message edited</source>
        <translation>Message edited</translation>
    </message>
    <message>
        <source>Messages marked handled</source>
        <translation>Messages marked handled</translation>
    </message>
    <message>
        <source>Messages opened again</source>
        <translation>Messages opened again</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message deleted</translation>
    </message>
    <message>
        <source>Sales statistics exported</source>
        <translation>Sales statistics exported</translation>
    </message>
    <message>
        <source>Service statistics exported</source>
        <translation>Service statistics exported</translation>
    </message>
    <message>
        <source>Parts statistics exported</source>
        <translation>Parts statistics exported</translation>
    </message>
    <message>
        <source>Product model saved</source>
        <translation>Product model saved</translation>
    </message>
    <message>
        <source>Product model deleted</source>
        <translation>Product model deleted</translation>
    </message>
    <message>
        <source>Sales unit saved</source>
        <translation>Sales unit saved</translation>
    </message>
    <message>
        <source>Sales unit deleted</source>
        <translation>Sales unit deleted</translation>
    </message>
    <message>
        <source>Parts document posted</source>
        <translation>Parts document posted</translation>
    </message>
    <message>
        <source>Parts document note changed</source>
        <translation>Parts document note changed</translation>
    </message>
    <message>
        <source>Parts document audited</source>
        <translation>Parts document audited</translation>
    </message>
    <message>
        <source>Parts document un-audited</source>
        <translation>Parts document un-audited</translation>
    </message>
    <message>
        <source>Spare part created</source>
        <translation>Spare part created</translation>
    </message>
    <message>
        <source>Spare part changed</source>
        <translation>Spare part changed</translation>
    </message>
    <message>
        <source>Spare part set inactive</source>
        <translation>Spare part set inactive</translation>
    </message>
    <message>
        <source>Spare part in use again</source>
        <translation>Spare part in use again</translation>
    </message>
    <message>
        <source>Spare part deleted</source>
        <translation>Spare part deleted</translation>
    </message>
    <message>
        <source>Spare parts imported</source>
        <translation>Spare parts imported</translation>
    </message>
    <message>
        <source>Spare parts exported</source>
        <translation>Spare parts exported</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <source>Store renamed</source>
        <translation>Store renamed</translation>
    </message>
    <message>
        <source>Store set inactive</source>
        <translation>Store set inactive</translation>
    </message>
    <message>
        <source>Store in use again</source>
        <translation>Store in use again</translation>
    </message>
    <message>
        <source>Stores reordered</source>
        <translation>Stores reordered</translation>
    </message>
    <message>
        <source>Spare parts settings saved</source>
        <translation>Spare parts settings saved</translation>
    </message>
    <message>
        <source>Sale recorded</source>
        <translation>Sale recorded</translation>
    </message>
    <message>
        <source>Sale edited</source>
        <translation>Sale edited</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Sale voided</translation>
    </message>
    <message>
        <source>Sale deleted</source>
        <translation>Sale deleted</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Payment refunded</translation>
    </message>
    <message>
        <source>Print form saved</source>
        <translation>Print form saved</translation>
    </message>
    <message>
        <source>Print form deleted</source>
        <translation>Print form deleted</translation>
    </message>
    <message>
        <source>Print form reverted</source>
        <translation>Print form reverted</translation>
    </message>
    <message>
        <source>Default print form chosen</source>
        <translation>Default print form chosen</translation>
    </message>
    <message>
        <source>Service order taken</source>
        <translation>Service order taken</translation>
    </message>
    <message>
        <source>Service order edited</source>
        <translation>Service order edited</translation>
    </message>
    <message>
        <source>Service order dispatched</source>
        <translation>Service order dispatched</translation>
    </message>
    <message>
        <source>Service order completed</source>
        <translation>Service order completed</translation>
    </message>
    <message>
        <source>Service order cancelled</source>
        <translation>Service order cancelled</translation>
    </message>
    <message>
        <source>Service order audited</source>
        <translation>Service order audited</translation>
    </message>
    <message>
        <source>Service order un-audited</source>
        <translation>Service order un-audited</translation>
    </message>
    <message>
        <source>Service order deleted</source>
        <translation>Service order deleted</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Permissions added</source>
        <translation>Permissions added</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Failed attempt</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date part</source>
        <translation>Date part</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Record numbers</source>
        <translation>Record numbers</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Local area code</source>
        <translation>Local area code</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Next maintenance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Reminder lead days</source>
        <translation>Reminder lead days</translation>
    </message>
    <message>
        <source>Permissions removed</source>
        <translation>Permissions removed</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>Does service work</source>
        <translation>Does service work</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Total fees</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>No such user</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Valid rows only</source>
        <translation>Valid rows only</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>All or nothing</translation>
    </message>
    <message>
        <source>Stock-in</source>
        <translation>Stock-in</translation>
    </message>
    <message>
        <source>Issue to a technician</source>
        <translation>Issue to a technician</translation>
    </message>
    <message>
        <source>Return to the store</source>
        <translation>Return to the store</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Used on a service order</source>
        <translation>Used on a service order</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>Stocktake adjustment</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} calls</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Any user</source>
        <translation>Any user</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reload the audit trail (F5)</source>
        <translation>Reload the audit trail (F5)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Entries shown: {n}; scroll down for older ones.</source>
        <translation>Entries shown: {n}; scroll down for older ones.</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>No entries match the filters.</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Entries: {n}</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>Backed up at {time}</translation>
    </message>
    <message>
        <source>Database damaged: backup not kept</source>
        <translation>Database damaged: backup not kept</translation>
    </message>
    <message>
        <source>No automatic backup on this PC</source>
        <translation>No automatic backup on this PC</translation>
    </message>
    <message>
        <source>The database server's client tools are not installed on this PC: the daily backup is made on the PCs that have them.</source>
        <translation>The database server's client tools are not installed on this PC: the daily backup is made on the PCs that have them.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({problem}), so this backup was not kept; the earlier backups are kept as they were. Run 'yuntian db check', or restore a good backup.</source>
        <translation>The database {file} is damaged ({problem}), so this backup was not kept; the earlier backups are kept as they were. Run 'yuntian db check', or restore a good backup.</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>The database is busy: calls are kept and will be stored shortly.</source>
        <translation>The database is busy: calls are kept and will be stored shortly.</translation>
    </message>
    <message>
        <source>The calls kept meanwhile are stored.</source>
        <translation>The calls kept meanwhile are stored.</translation>
    </message>
    <message>
        <source>Whose number is {number}? Find the customer:</source>
        <translation>Whose number is {number}? Find the customer:</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>In and out</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation>&amp;Missed only</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Digits of the number</translation>
    </message>
    <message>
        <source>Calls whose number contains these digits (at least {n}; Ctrl+F)</source>
        <translation>Calls whose number contains these digits (at least {n}; Ctrl+F)</translation>
    </message>
    <message>
        <source>Show every customer's calls</source>
        <translation>Show every customer's calls</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Type at least {n} digits</source>
        <translation>Type at least {n} digits</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
</context>
<context>
    <name>CallLogExport</name>
    <message>
        <source>Export the call log to Excel</source>
        <translation>Export the call log to Excel</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>Exporting calls…</source>
        <translation>Exporting calls…</translation>
    </message>
    <message>
        <source>The calls could not be exported: {reason}</source>
        <translation>The calls could not be exported: {reason}</translation>
    </message>
    <message>
        <source>Calls exported: {count}. File: {path}</source>
        <translation>Calls exported: {count}. File: {path}</translation>
    </message>
</context>
<context>
    <name>CallLogPage</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <source>Show the caller's card; an unknown number can become a new customer (Enter)</source>
        <translation>Show the caller's card; an unknown number can become a new customer (Enter)</translation>
    </message>
    <message>
        <source>Call &amp;back</source>
        <translation>Call &amp;back</translation>
    </message>
    <message>
        <source>Copy the number to the clipboard, to dial it on the phone (Ctrl+B)</source>
        <translation>Copy the number to the clipboard, to dial it on the phone (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Play recording</translation>
    </message>
    <message>
        <source>Play the call's recording (Ctrl+P)</source>
        <translation>Play the call's recording (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the chosen calls from the log (Del)</source>
        <translation>Delete the chosen calls from the log (Del)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Write the log as filtered to an Excel workbook</source>
        <translation>Write the log as filtered to an Excel workbook</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Find a number</translation>
    </message>
    <message>
        <source>No call matches the filters.</source>
        <translation>No call matches the filters.</translation>
    </message>
    <message>
        <source>No calls yet. Calls appear here as the phone lines report them.</source>
        <translation>No calls yet. Calls appear here as the phone lines report them.</translation>
    </message>
    <message>
        <source>{n}+ calls, newest first; scroll for more.</source>
        <translation>{n}+ calls, newest first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} calls, newest first.</source>
        <translation>{n} calls, newest first.</translation>
    </message>
    <message>
        <source>{text} New calls came in: scroll to the top to see them.</source>
        <translation>{text} New calls came in: scroll to the top to see them.</translation>
    </message>
    <message>
        <source>The caller's number was not sent: there is no customer to open.</source>
        <translation>The caller's number was not sent: there is no customer to open.</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>No customer has the number {number}.</translation>
    </message>
    <message>
        <source>{number} copied to the clipboard: dial it on the phone.</source>
        <translation>{number} copied to the clipboard: dial it on the phone.</translation>
    </message>
    <message>
        <source>The recording is missing: {path}</source>
        <translation>The recording is missing: {path}</translation>
    </message>
    <message>
        <source>No program is set up to play {path}</source>
        <translation>No program is set up to play {path}</translation>
    </message>
    <message>
        <source>Calls deleted: {n}</source>
        <translation>Calls deleted: {n}</translation>
    </message>
    <message>
        <source>{name} entered with the number {number}.</source>
        <translation>{name} entered with the number {number}.</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Unknown number</translation>
    </message>
    <message>
        <source>No customer has the number {number}. Enter a new customer with it?</source>
        <translation>No customer has the number {number}. Enter a new customer with it?</translation>
    </message>
    <message>
        <source>Delete calls</source>
        <translation>Delete calls</translation>
    </message>
    <message>
        <source>Delete {n} calls from the log? Their recordings are deleted too.</source>
        <translation>Delete {n} calls from the log? Their recordings are deleted too.</translation>
    </message>
</context>
<context>
    <name>CallRecording</name>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>This line has no sound input to record from (Settings › Phone lines).</source>
        <translation>This line has no sound input to record from (Settings › Phone lines).</translation>
    </message>
    <message>
        <source>Recording: click to stop (Ctrl+R)</source>
        <translation>Recording: click to stop (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record this call (Ctrl+R)</source>
        <translation>Record this call (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>No number</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>On the line</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Dialling</translation>
    </message>
    <message>
        <source>Ended, duration unknown</source>
        <translation>Ended, duration unknown</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Rang: {time}</source>
        <translation>Rang: {time}</translation>
    </message>
    <message>
        <source>Answered: {time}</source>
        <translation>Answered: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>Ended: {time}</translation>
    </message>
    <message>
        <source>{n} customers had this number when it called</source>
        <translation>{n} customers had this number when it called</translation>
    </message>
    <message>
        <source>No customer had this number when it called</source>
        <translation>No customer had this number when it called</translation>
    </message>
    <message>
        <source>Taken by {who} at {time}</source>
        <translation>Taken by {who} at {time}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name sent</source>
        <translation>Name sent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
</context>
<context>
    <name>CallerPopup</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <source>Leave &amp;message</source>
        <translation>Leave &amp;message</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>Pa&amp;yment</translation>
    </message>
    <message>
        <source>&amp;Service order</source>
        <translation>&amp;Service order</translation>
    </message>
    <message>
        <source>&amp;Take call</source>
        <translation>&amp;Take call</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <source>Keep this window open after the call (Ctrl+P)</source>
        <translation>Keep this window open after the call (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Call on {line}</source>
        <translation>Call on {line}</translation>
    </message>
    <message>
        <source>Discard the caller's details?</source>
        <translation>Discard the caller's details?</translation>
    </message>
    <message>
        <source>The details typed in for {number} are not saved yet. Discard them?</source>
        <translation>The details typed in for {number} are not saved yet. Discard them?</translation>
    </message>
    <message>
        <source>this caller</source>
        <translation>this caller</translation>
    </message>
    <message>
        <source>The customer cannot be looked up now: the database server cannot be reached. The call is kept and stored once it is back.</source>
        <translation>The customer cannot be looked up now: the database server cannot be reached. The call is kept and stored once it is back.</translation>
    </message>
    <message>
        <source>New caller</source>
        <translation>New caller</translation>
    </message>
    <message>
        <source>Not looked up</source>
        <translation>Not looked up</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>blacklisted</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <source>Number unavailable</source>
        <translation>Number unavailable</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Anonymous caller</translation>
    </message>
    <message>
        <source>No caller ID</source>
        <translation>No caller ID</translation>
    </message>
    <message>
        <source>Caller ID name: {name}</source>
        <translation>Caller ID name: {name}</translation>
    </message>
    <message>
        <source>Blacklisted caller: {name}</source>
        <translation>Blacklisted caller: {name}</translation>
    </message>
</context>
<context>
    <name>CallerSnapshots</name>
    <message>
        <source>Line {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <source>Front desk {n}</source>
        <translation>Front desk {n}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>{name}, you signed in with a temporary password. Choose your own password to continue.</source>
        <translation>{name}, you signed in with a temporary password. Choose your own password to continue.</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}).</source>
        <translation>Signed in as {name} ({user}).</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>At least 6 characters.</source>
        <translation>At least 6 characters.</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Correct completion — {code}</source>
        <translation>Correct completion — {code}</translation>
    </message>
    <message>
        <source>Complete service order — {code}</source>
        <translation>Complete service order — {code}</translation>
    </message>
    <message>
        <source>Required: what was done, e.g. replaced the capacitor</source>
        <translation>Required: what was done, e.g. replaced the capacitor</translation>
    </message>
    <message>
        <source>Required, e.g. repaired and working</source>
        <translation>Required, e.g. repaired and working</translation>
    </message>
    <message>
        <source>Hours, e.g. 1.5 for an hour and a half</source>
        <translation>Hours, e.g. 1.5 for an hour and a half</translation>
    </message>
    <message>
        <source>Tick who did the work</source>
        <translation>Tick who did the work</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>&amp;Work done:</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation>&amp;Solution:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Technicians:</source>
        <translation>&amp;Technicians:</translation>
    </message>
    <message>
        <source>&amp;Parts fee:</source>
        <translation>&amp;Parts fee:</translation>
    </message>
    <message>
        <source>Ser&amp;vice fee:</source>
        <translation>Ser&amp;vice fee:</translation>
    </message>
    <message>
        <source>Tr&amp;ansport fee:</source>
        <translation>Tr&amp;ansport fee:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Work &amp;hours:</source>
        <translation>Work &amp;hours:</translation>
    </message>
    <message>
        <source>Customer &amp;feedback:</source>
        <translation>Customer &amp;feedback:</translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation>&amp;Completed at:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This order is completed: saving corrects its completion record.</source>
        <translation>This order is completed: saving corrects its completion record.</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <source>The sum of the parts used, below</source>
        <translation>The sum of the parts used, below</translation>
    </message>
</context>
<context>
    <name>CompletionParts</name>
    <message>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <source>Whose parts these are: the technician who did the work, or a store</source>
        <translation>Whose parts these are: the technician who did the work, or a store</translation>
    </message>
    <message>
        <source>Under warranty: the parts are not charged (their cost is kept).</source>
        <translation>Under warranty: the parts are not charged (their cost is kept).</translation>
    </message>
    <message>
        <source>Take &amp;from:</source>
        <translation>Take &amp;from:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>service order</source>
        <translation>service order</translation>
    </message>
    <message>
        <source>purchase record</source>
        <translation>purchase record</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>purchase intention</source>
        <translation>purchase intention</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>product model</source>
        <translation>product model</translation>
    </message>
    <message>
        <source>sales unit</source>
        <translation>sales unit</translation>
    </message>
    <message>
        <source>shop settings</source>
        <translation>shop settings</translation>
    </message>
    <message>
        <source>set of custom field labels</source>
        <translation>set of custom field labels</translation>
    </message>
    <message>
        <source>numbering rule</source>
        <translation>numbering rule</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>list entry</translation>
    </message>
    <message>
        <source>print form</source>
        <translation>print form</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation>Record changed by someone else</translation>
    </message>
    <message>
        <source>{user} changed this {kind} at {time}.</source>
        <translation>{user} changed this {kind} at {time}.</translation>
    </message>
    <message>
        <source>Someone else changed this {kind}.</source>
        <translation>Someone else changed this {kind}.</translation>
    </message>
    <message>
        <source>{record} was saved after you opened it, so your changes were not saved.</source>
        <translation>{record} was saved after you opened it, so your changes were not saved.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>None of the fields in this form changed; the record was saved.</source>
        <translation>None of the fields in this form changed; the record was saved.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the record as stored now; what you typed stays in a window to copy</source>
        <translation>Show the record as stored now; what you typed stays in a window to copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What changed since you opened it:</source>
        <translation>What changed since you opened it:</translation>
    </message>
    <message>
        <source>What you typed (select and copy):</source>
        <translation>What you typed (select and copy):</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <source>Data file on this PC (SQLite)</source>
        <translation>Data file on this PC (SQLite)</translation>
    </message>
    <message>
        <source>Database server: PostgreSQL</source>
        <translation>Database server: PostgreSQL</translation>
    </message>
    <message>
        <source>Database server: MySQL / MariaDB</source>
        <translation>Database server: MySQL / MariaDB</translation>
    </message>
    <message>
        <source>&amp;Where the data is:</source>
        <translation>&amp;Where the data is:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>Data &amp;file:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>e.g. 192.168.1.10 or shop-server</translation>
    </message>
    <message>
        <source>Server (&amp;host):</source>
        <translation>Server (&amp;host):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Choose the data file.</source>
        <translation>Choose the data file.</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusLabel</name>
    <message>
        <source>Connection to the database server lost, reconnecting…</source>
        <translation>Connection to the database server lost, reconnecting…</translation>
    </message>
    <message>
        <source>Yuntian tries again by itself. What you type in open forms is kept and saved once the server answers; calls still pop up and are stored then.</source>
        <translation>Yuntian tries again by itself. What you type in open forms is kept and saved once the server answers; calls still pop up and are stored then.</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconnected</translation>
    </message>
</context>
<context>
    <name>ConsumptionColumns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Technician or store</source>
        <translation>Technician or store</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ConsumptionPage</name>
    <message>
        <source>Part code or name, order number, customer or technician</source>
        <translation>Part code or name, order number, customer or technician</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>No part has been used on a service order yet.</source>
        <translation>No part has been used on a service order yet.</translation>
    </message>
    <message>
        <source>No part used matches the search.</source>
        <translation>No part used matches the search.</translation>
    </message>
    <message>
        <source>{n}+ lines, newest first; scroll for more.</source>
        <translation>{n}+ lines, newest first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} lines, newest first.</source>
        <translation>{n} lines, newest first.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position, e.g. 经理</source>
        <translation>Position, e.g. 经理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Remove this contact</source>
        <translation>Remove this contact</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <source>Purchase records have five extra fields for whatever your trade needs to note: a car dealer may call them Engine number and Frame number, a computer shop Disk ID. Name them here; leave a label empty if you do not need the field.</source>
        <translation>Purchase records have five extra fields for whatever your trade needs to note: a car dealer may call them Engine number and Frame number, a computer shop Disk ID. Name them here; leave a label empty if you do not need the field.</translation>
    </message>
    <message>
        <source>Field &amp;{number}:</source>
        <translation>Field &amp;{number}:</translation>
    </message>
</context>
<context>
    <name>CustomerCallsDialog</name>
    <message>
        <source>Calls — {customer}</source>
        <translation>Calls — {customer}</translation>
    </message>
</context>
<context>
    <name>CustomerCallsTab</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>&amp;All calls…</source>
        <translation>&amp;All calls…</translation>
    </message>
    <message>
        <source>The call log of this customer, with its filters</source>
        <translation>The call log of this customer, with its filters</translation>
    </message>
    <message>
        <source>No calls from or to this customer yet.</source>
        <translation>No calls from or to this customer yet.</translation>
    </message>
    <message>
        <source>The latest {n} calls.</source>
        <translation>The latest {n} calls.</translation>
    </message>
    <message>
        <source>Calls: {n}</source>
        <translation>Calls: {n}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>Open orders:</source>
        <translation>Open orders:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Salesperson:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Addresses:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>QQ / WeChat:</source>
        <translation>QQ / WeChat:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Purchase intentions</source>
        <translation>Purchase intentions</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their card.</source>
        <translation>Choose a customer in the list to see their card.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>Blacklisted: {reason}</source>
        <translation>Blacklisted: {reason}</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Archived: this customer has history, so it is kept for the reports but no longer appears in the customer list.</source>
        <translation>Archived: this customer has history, so it is kept for the reports but no longer appears in the customer list.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time} by {user}</translation>
    </message>
    <message>
        <source>Outstanding: {amount}</source>
        <translation>Outstanding: {amount}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>typed: {number}</source>
        <translation>typed: {number}</translation>
    </message>
    <message>
        <source>also used by: {customers}</source>
        <translation>also used by: {customers}</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer {code} — {name}</source>
        <translation>Customer {code} — {name}</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Add &amp;number</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Add con&amp;tact</source>
        <translation>Add con&amp;tact</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>Add a&amp;ddress</translation>
    </message>
    <message>
        <source>QQ, WeChat, …</source>
        <translation>QQ, WeChat, …</translation>
    </message>
    <message>
        <source>On the &amp;blacklist</source>
        <translation>On the &amp;blacklist</translation>
    </message>
    <message>
        <source>Reason, e.g. 多次恶意投诉</source>
        <translation>Reason, e.g. 多次恶意投诉</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Salesperson:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>Con&amp;tacts:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Addresses:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;QQ / WeChat:</source>
        <translation>&amp;QQ / WeChat:</translation>
    </message>
    <message>
        <source>Blacklist:</source>
        <translation>Blacklist:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>You may look, but not change customers.</source>
        <translation>You may look, but not change customers.</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Blacklisted only</source>
        <translation>Blacklisted only</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>Not blacklisted</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Deleted customers with history are archived: kept for the reports</source>
        <translation>Deleted customers with history are archived: kept for the reports</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Sales&amp;person:</translation>
    </message>
    <message>
        <source>&amp;Blacklist:</source>
        <translation>&amp;Blacklist:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>C&amp;reated:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
</context>
<context>
    <name>CustomerGroupsDialog</name>
    <message>
        <source>Customer groups</source>
        <translation>Customer groups</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Add a group (Ins)</source>
        <translation>Add a group (Ins)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename the group (F2)</source>
        <translation>Rename the group (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the group; its customers move to no group (Del)</source>
        <translation>Delete the group; its customers move to no group (Del)</translation>
    </message>
    <message>
        <source>New customer group</source>
        <translation>New customer group</translation>
    </message>
    <message>
        <source>Rename customer group</source>
        <translation>Rename customer group</translation>
    </message>
    <message>
        <source>Group {name} deleted; {n} customers moved to no group.</source>
        <translation>Group {name} deleted; {n} customers moved to no group.</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Delete the group {name}? Its {n} customers move to no group; nothing else about them changes.</source>
        <translation>Delete the group {name}? Its {n} customers move to no group; nothing else about them changes.</translation>
    </message>
    <message>
        <source>Delete the group {name}? It has no customers.</source>
        <translation>Delete the group {name}? It has no customers.</translation>
    </message>
    <message>
        <source>Delete customer group</source>
        <translation>Delete customer group</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation>Blacklist reason</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Old code (kept in the notes)</source>
        <translation>Old code (kept in the notes)</translation>
    </message>
    <message>
        <source>No column holds the customers' names.</source>
        <translation>No column holds the customers' names.</translation>
    </message>
    <message>
        <source>'{field}' is chosen for more than one column.</source>
        <translation>'{field}' is chosen for more than one column.</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number.</source>
        <translation>'{value}' is not a phone number.</translation>
    </message>
    <message>
        <source>'{value}' is in scientific notation: the last digits of the number are lost. Type the whole number into a cell formatted as text.</source>
        <translation>'{value}' is in scientific notation: the last digits of the number are lost. Type the whole number into a cell formatted as text.</translation>
    </message>
    <message>
        <source>The number {value} is shown in scientific notation, so its last digits may have been lost. Format the column as text and check the number.</source>
        <translation>The number {value} is shown in scientific notation, so its last digits may have been lost. Format the column as text and check the number.</translation>
    </message>
    <message>
        <source>The number cell {value} has more digits than Excel keeps (15): the number is lost. Type it into a cell formatted as text.</source>
        <translation>The number cell {value} has more digits than Excel keeps (15): the number is lost. Type it into a cell formatted as text.</translation>
    </message>
    <message>
        <source>Excel dropped the leading 0 of {value} (a number cell); it was imported as {number}.</source>
        <translation>Excel dropped the leading 0 of {value} (a number cell); it was imported as {number}.</translation>
    </message>
    <message>
        <source>'{value}' is neither yes nor no (是 / 否).</source>
        <translation>'{value}' is neither yes nor no (是 / 否).</translation>
    </message>
    <message>
        <source>'{value}' is too long for a phone number (at most 64 characters).</source>
        <translation>'{value}' is too long for a phone number (at most 64 characters).</translation>
    </message>
    <message>
        <source>{value} is not a valid number in China; it is imported as typed.</source>
        <translation>{value} is not a valid number in China; it is imported as typed.</translation>
    </message>
    <message>
        <source>The same customer (name and number {number}) is already in row {other}.</source>
        <translation>The same customer (name and number {number}) is already in row {other}.</translation>
    </message>
    <message>
        <source>The number {number} is also in row {other} ({name}).</source>
        <translation>The number {number} is also in row {other} ({name}).</translation>
    </message>
    <message>
        <source>The customer already exists: {code} {name} has the number {number}.</source>
        <translation>The customer already exists: {code} {name} has the number {number}.</translation>
    </message>
    <message>
        <source>The number {number} already belongs to {owners}.</source>
        <translation>The number {number} already belongs to {owners}.</translation>
    </message>
    <message>
        <source>There is no customer group '{name}'.</source>
        <translation>There is no customer group '{name}'.</translation>
    </message>
    <message>
        <source>The customer group '{name}' does not exist yet; it will be created.</source>
        <translation>The customer group '{name}' does not exist yet; it will be created.</translation>
    </message>
    <message>
        <source>A group name has at most {n} characters: '{name}'.</source>
        <translation>A group name has at most {n} characters: '{name}'.</translation>
    </message>
    <message>
        <source>There is no active user '{name}'.</source>
        <translation>There is no active user '{name}'.</translation>
    </message>
    <message>
        <source>Several users are called '{name}'; write the user name instead.</source>
        <translation>Several users are called '{name}'; write the user name instead.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers from Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Import the valid rows, skip the rejected</source>
        <translation>Import the valid rows, skip the rejected</translation>
    </message>
    <message>
        <source>Import nothing if any row has an error</source>
        <translation>Import nothing if any row has an error</translation>
    </message>
    <message>
        <source>Create customer groups the file names</source>
        <translation>Create customer groups the file names</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>How to import</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Save &amp;rejected rows…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>This sheet is empty.</translation>
    </message>
    <message>
        <source>Header in row {row}. Data rows: {count}.</source>
        <translation>Header in row {row}. Data rows: {count}.</translation>
    </message>
    <message>
        <source>Changed: check again before importing.</source>
        <translation>Changed: check again before importing.</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>Checking {count} rows…</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>Checking was cancelled.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported (all or nothing): rows with errors: {rejected}.</source>
        <translation>Nothing was imported (all or nothing): rows with errors: {rejected}.</translation>
    </message>
    <message>
        <source>Imported customers: {imported}. Rejected rows: {rejected}. Warnings: {warnings}.</source>
        <translation>Imported customers: {imported}. Rejected rows: {rejected}. Warnings: {warnings}.</translation>
    </message>
    <message>
        <source>… more: {count}</source>
        <translation>… more: {count}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Rows read: {read}. Can be imported: {valid}. With errors: {rejected}. Warnings: {warnings}.</source>
        <translation>Rows read: {read}. Can be imported: {valid}. With errors: {rejected}. Warnings: {warnings}.</translation>
    </message>
    <message>
        <source>First error: {text}</source>
        <translation>First error: {text}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>The report could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>CustomerIo</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>Export customers to Excel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Exporting customers…</translation>
    </message>
    <message>
        <source>The customers could not be exported: {reason}</source>
        <translation>The customers could not be exported: {reason}</translation>
    </message>
    <message>
        <source>Customers exported: {count}. File: {path}</source>
        <translation>Customers exported: {count}. File: {path}</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Blacklisted: {reason}</source>
        <translation>Blacklisted: {reason}</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Archived: kept for reports, hidden from the list</source>
        <translation>Archived: kept for reports, hidden from the list</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>CustomerMessagesTab</name>
    <message>
        <source>&amp;Leave message…</source>
        <translation>&amp;Leave message…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Mark &amp;handled</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Delete messages</translation>
    </message>
    <message>
        <source>Delete {n} messages?</source>
        <translation>Delete {n} messages?</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Delete this message?</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>Name, pinyin initials, code, phone or address</source>
        <translation>Name, pinyin initials, code, phone or address</translation>
    </message>
    <message>
        <source>More customers match: type more to narrow the list.</source>
        <translation>More customers match: type more to narrow the list.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>No customer found.</translation>
    </message>
</context>
<context>
    <name>CustomerPurchasesTab</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Next maintenance</translation>
    </message>
    <message>
        <source>Next callback</source>
        <translation>Next callback</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>&amp;New purchase…</source>
        <translation>&amp;New purchase…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>Pa&amp;yment…</translation>
    </message>
    <message>
        <source>&amp;Service order…</source>
        <translation>&amp;Service order…</translation>
    </message>
    <message>
        <source>Take a service order for the chosen product</source>
        <translation>Take a service order for the chosen product</translation>
    </message>
    <message>
        <source>&amp;Void / delete…</source>
        <translation>&amp;Void / delete…</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>No purchases recorded yet.</translation>
    </message>
    <message>
        <source>Units: {n}</source>
        <translation>Units: {n}</translation>
    </message>
    <message>
        <source>Outstanding: {amount}</source>
        <translation>Outstanding: {amount}</translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation>Nothing outstanding</translation>
    </message>
</context>
<context>
    <name>CustomerServiceTab</name>
    <message>
        <source>appointment {time}</source>
        <translation>appointment {time}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>Total fee</translation>
    </message>
    <message>
        <source>&amp;New service order…</source>
        <translation>&amp;New service order…</translation>
    </message>
    <message>
        <source>Take a service order for this customer (Ins)</source>
        <translation>Take a service order for this customer (Ins)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the chosen order (Enter)</source>
        <translation>Open the chosen order (Enter)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>Record what was done and the fees (售后完成)</source>
        <translation>Record what was done and the fees (售后完成)</translation>
    </message>
    <message>
        <source>&amp;Print slips…</source>
        <translation>&amp;Print slips…</translation>
    </message>
    <message>
        <source>Print the chosen orders' dispatch slips</source>
        <translation>Print the chosen orders' dispatch slips</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Overdue: the appointment was {time}</source>
        <translation>Overdue: the appointment was {time}</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}, overdue</translation>
    </message>
    <message>
        <source>No service orders yet.</source>
        <translation>No service orders yet.</translation>
    </message>
    <message>
        <source>Orders: {n}, open: {open}</source>
        <translation>Orders: {n}, open: {open}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>overdue: {n}</translation>
    </message>
    <message>
        <source>Co&amp;rrect completion…</source>
        <translation>Co&amp;rrect completion…</translation>
    </message>
</context>
<context>
    <name>CustomerStatsPage</name>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>By salesperson</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>By group</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Breakdown:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} new customers from {first} to {last}.</source>
        <translation>{n} new customers from {first} to {last}.</translation>
    </message>
    <message>
        <source>No new customers in this period.</source>
        <translation>No new customers in this period.</translation>
    </message>
    <message>
        <source>New customers, running total</source>
        <translation>New customers, running total</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name, pinyin initials, phone, code, address, contact… (Ctrl+F)</source>
        <translation>Search by name, pinyin initials, phone, code, address, contact… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>Enter a new customer (Ctrl+N)</source>
        <translation>Enter a new customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Change the chosen customer (Enter)</source>
        <translation>Change the chosen customer (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the chosen customers; those with history are archived (Del)</source>
        <translation>Delete the chosen customers; those with history are archived (Del)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Bring an archived customer back into the list</source>
        <translation>Bring an archived customer back into the list</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Move to group…</translation>
    </message>
    <message>
        <source>Put the chosen customers into another group</source>
        <translation>Put the chosen customers into another group</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groups…</translation>
    </message>
    <message>
        <source>Add, rename or delete customer groups</source>
        <translation>Add, rename or delete customer groups</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Read customers from an Excel workbook</source>
        <translation>Read customers from an Excel workbook</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Write the list as shown to an Excel workbook</source>
        <translation>Write the list as shown to an Excel workbook</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>No customer matches “{text}”.</translation>
    </message>
    <message>
        <source>{n}+ matches, best first; scroll for more.</source>
        <translation>{n}+ matches, best first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} matches, best first.</source>
        <translation>{n} matches, best first.</translation>
    </message>
    <message>
        <source>Counting customers…</source>
        <translation>Counting customers…</translation>
    </message>
    <message>
        <source>No customer matches the filters.</source>
        <translation>No customer matches the filters.</translation>
    </message>
    <message>
        <source>No customers yet. Press Ctrl+N to enter the first one.</source>
        <translation>No customers yet. Press Ctrl+N to enter the first one.</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <source>{text} — {n} selected</source>
        <translation>{text} — {n} selected</translation>
    </message>
    <message>
        <source>Delete the customer {name} ({code})?</source>
        <translation>Delete the customer {name} ({code})?</translation>
    </message>
    <message>
        <source>Delete {n} customers?</source>
        <translation>Delete {n} customers?</translation>
    </message>
    <message>
        <source>A customer with history (purchase intentions, memos, …) is archived instead: hidden from the list, kept for the reports.</source>
        <translation>A customer with history (purchase intentions, memos, …) is archived instead: hidden from the list, kept for the reports.</translation>
    </message>
    <message>
        <source>Deleted: {deleted}. Archived: {archived}.

Customers with history (purchase intentions, memos, …) are archived instead of deleted: they no longer appear in the list, but stay in the reports. Tick “Show archived” to see or restore them.</source>
        <translation>Deleted: {deleted}. Archived: {archived}.

Customers with history (purchase intentions, memos, …) are archived instead of deleted: they no longer appear in the list, but stay in the reports. Tick “Show archived” to see or restore them.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The data file can be used ({version}).</source>
        <translation>The data file can be used ({version}).</translation>
    </message>
    <message>
        <source>Connected to {version}. The database is ready for this Yuntian.</source>
        <translation>Connected to {version}. The database is ready for this Yuntian.</translation>
    </message>
    <message>
        <source>The data file does not exist yet: Yuntian creates it when it starts.</source>
        <translation>The data file does not exist yet: Yuntian creates it when it starts.</translation>
    </message>
    <message>
        <source>Connected to {version}. The database {database} is empty: Yuntian sets it up when it starts.</source>
        <translation>Connected to {version}. The database {database} is empty: Yuntian sets it up when it starts.</translation>
    </message>
    <message>
        <source>The server name {host} is not known on this network. Check the spelling, or enter the server's IP address.</source>
        <translation>The server name {host} is not known on this network. Check the spelling, or enter the server's IP address.</translation>
    </message>
    <message>
        <source>No database server answers at {host}, port {port}. Check that the server PC is on, that the database service runs there, and that its firewall lets port {port} through.</source>
        <translation>No database server answers at {host}, port {port}. Check that the server PC is on, that the database service runs there, and that its firewall lets port {port} through.</translation>
    </message>
    <message>
        <source>The server {host} refused the login: the user name {user} or the password is wrong.</source>
        <translation>The server {host} refused the login: the user name {user} or the password is wrong.</translation>
    </message>
    <message>
        <source>The user {user} may not use the database {database} on {host}. Ask whoever set up the server to grant it.</source>
        <translation>The user {user} may not use the database {database} on {host}. Ask whoever set up the server to grant it.</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or create the database on the server first.</source>
        <translation>The server {host} has no database named {database}. Check the name, or create the database on the server first.</translation>
    </message>
    <message>
        <source>The database was made by an older Yuntian (data version {schema}; this Yuntian uses {latest}). It can be upgraded: Upgrade database brings it up to date (a data file is backed up first).</source>
        <translation>The database was made by an older Yuntian (data version {schema}; this Yuntian uses {latest}). It can be upgraded: Upgrade database brings it up to date (a data file is backed up first).</translation>
    </message>
    <message>
        <source>The database was made by a newer Yuntian (data version {schema}; this Yuntian only knows up to {latest}). Install the newer Yuntian on this PC before using it.</source>
        <translation>The database was made by a newer Yuntian (data version {schema}; this Yuntian only knows up to {latest}). Install the newer Yuntian on this PC before using it.</translation>
    </message>
    <message>
        <source>This is not a Yuntian database: it holds another program's data. Choose another database, or an empty one.</source>
        <translation>This is not a Yuntian database: it holds another program's data. Choose another database, or an empty one.</translation>
    </message>
    <message>
        <source>This Yuntian was installed without support for this database server. Reinstall it with server support.</source>
        <translation>This Yuntian was installed without support for this database server. Reinstall it with server support.</translation>
    </message>
    <message>
        <source>The connection settings are incomplete or invalid.</source>
        <translation>The connection settings are incomplete or invalid.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>the system credential manager</source>
        <translation>the system credential manager</translation>
    </message>
    <message>
        <source>a private file in this PC's configuration folder</source>
        <translation>a private file in this PC's configuration folder</translation>
    </message>
</context>
<context>
    <name>DatabaseMoveWizard</name>
    <message>
        <source>Move the data to another database</source>
        <translation>Move the data to another database</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>This copies every table of this shop's database into another, empty database: a PostgreSQL or MySQL/MariaDB server that several PCs share, or a SQLite file (back to one PC, or an offline copy).</source>
        <translation>This copies every table of this shop's database into another, empty database: a PostgreSQL or MySQL/MariaDB server that several PCs share, or a SQLite file (back to one PC, or an offline copy).</translation>
    </message>
    <message>
        <source>The data now: {source}</source>
        <translation>The data now: {source}</translation>
    </message>
    <message>
        <source>• The database in use now is only read, never changed.</source>
        <translation>• The database in use now is only read, never changed.</translation>
    </message>
    <message>
        <source>• The new database gets the schema, the audit locks and the search index of this version; then every table is compared row by row (count and checksum).</source>
        <translation>• The new database gets the schema, the audit locks and the search index of this version; then every table is compared row by row (count and checksum).</translation>
    </message>
    <message>
        <source>• Changes made on any PC while the data moves are not copied: let the other PCs close Yuntian first.</source>
        <translation>• Changes made on any PC while the data moves are not copied: let the other PCs close Yuntian first.</translation>
    </message>
    <message>
        <source>• At the end you can point this PC at the new database; it is used from the next start. Point the other PCs at it in their settings.</source>
        <translation>• At the end you can point this PC at the new database; it is used from the next start. Point the other PCs at it in their settings.</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Where to</translation>
    </message>
    <message>
        <source>The database to copy into. On a server, create an empty database and a user who may create tables in it first (see the README, 'Several PCs').</source>
        <translation>The database to copy into. On a server, create an empty database and a user who may create tables in it first (see the README, 'Several PCs').</translation>
    </message>
    <message>
        <source>Ready to move</source>
        <translation>Ready to move</translation>
    </message>
    <message>
        <source>&amp;Replace Yuntian's tables in the target</source>
        <translation>&amp;Replace Yuntian's tables in the target</translation>
    </message>
    <message>
        <source>Warning: the data Yuntian's tables hold in the target is deleted and cannot be brought back. Other tables there are left alone.</source>
        <translation>Warning: the data Yuntian's tables hold in the target is deleted and cannot be brought back. Other tables there are left alone.</translation>
    </message>
    <message>
        <source>Moving the data</source>
        <translation>Moving the data</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Use the new database on this PC</source>
        <translation>&amp;Use the new database on this PC</translation>
    </message>
    <message>
        <source>This PC keeps using the old database until you choose this; the change takes effect when Yuntian is started again.</source>
        <translation>This PC keeps using the old database until you choose this; the change takes effect when Yuntian is started again.</translation>
    </message>
    <message>
        <source>&amp;Start the move</source>
        <translation>&amp;Start the move</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connecting...</translation>
    </message>
    <message>
        <source>From: {source}
To: {target}</source>
        <translation>From: {source}
To: {target}</translation>
    </message>
    <message>
        <source>An earlier move into this database did not finish ({note}); it is done again.</source>
        <translation>An earlier move into this database did not finish ({note}); it is done again.</translation>
    </message>
    <message>
        <source>The target is empty.</source>
        <translation>The target is empty.</translation>
    </message>
    <message>
        <source>The target is not empty: it holds {contents}.</source>
        <translation>The target is not empty: it holds {contents}.</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} calls</translation>
    </message>
    <message>
        <source>{n} service orders</source>
        <translation>{n} service orders</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} users</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a Yuntian database (schema {schema}: {figures})</source>
        <translation>a Yuntian database (schema {schema}: {figures})</translation>
    </message>
    <message>
        <source>{count} of Yuntian's tables ({names})</source>
        <translation>{count} of Yuntian's tables ({names})</translation>
    </message>
    <message>
        <source>{count} other table(s) ({names})</source>
        <translation>{count} other table(s) ({names})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Moving the data...</source>
        <translation>Moving the data...</translation>
    </message>
    <message>
        <source>Creating the tables in the target...</source>
        <translation>Creating the tables in the target...</translation>
    </message>
    <message>
        <source>Copying the tables...</source>
        <translation>Copying the tables...</translation>
    </message>
    <message>
        <source>Building the search index, setting the counters...</source>
        <translation>Building the search index, setting the counters...</translation>
    </message>
    <message>
        <source>Comparing every table...</source>
        <translation>Comparing every table...</translation>
    </message>
    <message>
        <source>{table}: {done} of {total} rows</source>
        <translation>{table}: {done} of {total} rows</translation>
    </message>
    <message>
        <source>Cancelled: the target was emptied again. Nothing changed here.</source>
        <translation>Cancelled: the target was emptied again. Nothing changed here.</translation>
    </message>
    <message>
        <source>The move failed: {reason}</source>
        <translation>The move failed: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>Every table matches: {rows} rows copied to {target} in {seconds} s.</source>
        <translation>Every table matches: {rows} rows copied to {target} in {seconds} s.</translation>
    </message>
    <message>
        <source>{count} table(s) differ: do not use the target. Moving again redoes it.</source>
        <translation>{count} table(s) differ: do not use the target. Moving again redoes it.</translation>
    </message>
    <message>
        <source>This PC now uses {target}. Restart Yuntian to work with it; the old database stays where it was.</source>
        <translation>This PC now uses {target}. Restart Yuntian to work with it; the old database stays where it was.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>One PC: keep the data in a file on this PC. Several PCs: put the data on a PostgreSQL or MySQL / MariaDB server on the shop's network and point every PC at it. A change here takes effect when Yuntian is started again.</source>
        <translation>One PC: keep the data in a file on this PC. Several PCs: put the data on a PostgreSQL or MySQL / MariaDB server on the shop's network and point every PC at it. A change here takes effect when Yuntian is started again.</translation>
    </message>
    <message>
        <source>config.toml still holds the server password in plain text: OK moves it to a safer place.</source>
        <translation>config.toml still holds the server password in plain text: OK moves it to a safer place.</translation>
    </message>
    <message>
        <source>&amp;Move the data...</source>
        <translation>&amp;Move the data...</translation>
    </message>
    <message>
        <source>Copy all of this shop's data into an empty server database or data file, verified table by table; the data here is not changed.</source>
        <translation>Copy all of this shop's data into an empty server database or data file, verified table by table; the data here is not changed.</translation>
    </message>
    <message>
        <source>Database settings saved</source>
        <translation>Database settings saved</translation>
    </message>
    <message>
        <source>The new database settings are saved for this PC. Yuntian uses them after it is closed and started again.</source>
        <translation>The new database settings are saved for this PC. Yuntian uses them after it is closed and started again.</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Upgrade database</source>
        <translation>&amp;Upgrade database</translation>
    </message>
    <message>
        <source>Looking for the system credential manager…</source>
        <translation>Looking for the system credential manager…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>Upgrading the database…</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>It did not work: {reason}</translation>
    </message>
    <message>
        <source>A data file needs no password. This setting applies to this PC only.</source>
        <translation>A data file needs no password. This setting applies to this PC only.</translation>
    </message>
    <message>
        <source>The password is kept in {place}, never in config.toml. These settings apply to this PC only.</source>
        <translation>The password is kept in {place}, never in config.toml. These settings apply to this PC only.</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Choose the data file</translation>
    </message>
    <message>
        <source>Yuntian data files (*.sqlite *.db);;All files (*)</source>
        <translation>Yuntian data files (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. 2025-05-01</source>
        <translation>e.g. 2025-05-01</translation>
    </message>
    <message>
        <source>Type the day as 2025-05-01, 20250501 or 2025/5/1, or pick it (Alt+Down)</source>
        <translation>Type the day as 2025-05-01, 20250501 or 2025/5/1, or pick it (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Pick the day from a calendar</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>New device</source>
        <translation>New device</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Edit device</translation>
    </message>
    <message>
        <source>a short name, e.g. modem1</source>
        <translation>a short name, e.g. modem1</translation>
    </message>
    <message>
        <source>Read this device</source>
        <translation>Read this device</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Modem commands:</source>
        <translation>&amp;Modem commands:</translation>
    </message>
    <message>
        <source>One per line. Empty: ATZ, then AT+VCID=1, or AT#CID=1 if the modem refuses it.</source>
        <translation>One per line. Empty: ATZ, then AT+VCID=1, or AT#CID=1 if the modem refuses it.</translation>
    </message>
    <message>
        <source>&amp;Port or address:</source>
        <translation>&amp;Port or address:</translation>
    </message>
</context>
<context>
    <name>DeviceTestDialog</name>
    <message>
        <source>Test device {name}</source>
        <translation>Test device {name}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Call one of the lines: everything the device reports appears below as it arrives. Nothing is stored. A port Yuntian already reads may be busy while this window is open.</source>
        <translation>Call one of the lines: everything the device reports appears below as it arrives. Nothing is stored. A port Yuntian already reads may be busy while this window is open.</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}: {detail}</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>line {number}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>bad checksum</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Type or choose a model</source>
        <translation>Type or choose a model</translation>
    </message>
</context>
<context>
    <name>EarlierOrders</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fault / work done</source>
        <translation>Fault / work done</translation>
    </message>
    <message>
        <source>Earlier orders for this product ({n})</source>
        <translation>Earlier orders for this product ({n})</translation>
    </message>
    <message>
        <source>Earlier orders of this customer ({n})</source>
        <translation>Earlier orders of this customer ({n})</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>Done: {text}</translation>
    </message>
    <message>
        <source>No earlier orders for this product.</source>
        <translation>No earlier orders for this product.</translation>
    </message>
    <message>
        <source>No earlier orders for this customer.</source>
        <translation>No earlier orders for this customer.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Yuntian</source>
        <translation>Yuntian</translation>
    </message>
    <message>
        <source>Discard what you have typed?</source>
        <translation>Discard what you have typed?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, nothing was saved yet. What you typed is kept here and is saved by itself as soon as the server answers again (you may go on typing).</source>
        <translation>The connection to the database server was lost, nothing was saved yet. What you typed is kept here and is saved by itself as soon as the server answers again (you may go on typing).</translation>
    </message>
</context>
<context>
    <name>Enumerations</name>
    <message>
        <source>Service types</source>
        <translation>Service types</translation>
    </message>
    <message>
        <source>Callback methods</source>
        <translation>Callback methods</translation>
    </message>
    <message>
        <source>Callback purposes</source>
        <translation>Callback purposes</translation>
    </message>
    <message>
        <source>Customer feedback options</source>
        <translation>Customer feedback options</translation>
    </message>
    <message>
        <source>Scrap types</source>
        <translation>Scrap types</translation>
    </message>
    <message>
        <source>Scrap handlers</source>
        <translation>Scrap handlers</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>Complaint types</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
</context>
<context>
    <name>EnumerationsPage</name>
    <message>
        <source>Name of the new entry</source>
        <translation>Name of the new entry</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add an entry (Ins, Ctrl+N)</source>
        <translation>Add an entry (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Rename the entry (F2, double-click)</source>
        <translation>Rename the entry (F2, double-click)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the entry (Del)</source>
        <translation>Remove the entry (Del)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the entry up (Ctrl+Up)</source>
        <translation>Move the entry up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Move the entry down (Ctrl+Down)</source>
        <translation>Move the entry down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Lists:</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds an entry, F2 renames it, Del removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Changes on this tab are saved at once. Ins or Ctrl+N adds an entry, F2 renames it, Del removes it, Ctrl+Up and Ctrl+Down move it.</translation>
    </message>
    <message>
        <source>&amp;Entries of {list}:</source>
        <translation>&amp;Entries of {list}:</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Remove “{name}” from {list}?</source>
        <translation>Remove “{name}” from {list}?</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <source>Yuntian</source>
        <translation>Yuntian</translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation>The details are in the log file {file}.</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not finished ({reason}). Your data is safe; you may go on working. {where}</source>
        <translation>Something went wrong and this action was not finished ({reason}). Your data is safe; you may go on working. {where}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>This password is too easy to guess.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation>The action could not be done.</translation>
    </message>
    <message>
        <source>You do not have the permission '{permission}'.</source>
        <translation>You do not have the permission '{permission}'.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted on another PC.</source>
        <translation>This record no longer exists; it may have been deleted on another PC.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>Too many wrong passwords: this account is locked until {until}.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>The database is busy: another program or PC is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>The database is busy: another program or PC is writing to it. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>Reminder lead days must be between 0 and 365.</source>
        <translation>Reminder lead days must be between 0 and 365.</translation>
    </message>
    <message>
        <source>The database settings are not valid: {why}</source>
        <translation>The database settings are not valid: {why}</translation>
    </message>
    <message>
        <source>A prefix has at most 8 letters, digits, Chinese characters, - or _.</source>
        <translation>A prefix has at most 8 letters, digits, Chinese characters, - or _.</translation>
    </message>
    <message>
        <source>Unknown date pattern '{pattern}'.</source>
        <translation>Unknown date pattern '{pattern}'.</translation>
    </message>
    <message>
        <source>The sequence must have between 2 and 8 digits.</source>
        <translation>The sequence must have between 2 and 8 digits.</translation>
    </message>
    <message>
        <source>The area code must look like 010 or 0755 (or be left empty).</source>
        <translation>The area code must look like 010 or 0755 (or be left empty).</translation>
    </message>
    <message>
        <source>Unknown language '{language}'.</source>
        <translation>Unknown language '{language}'.</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been removed.</source>
        <translation>This entry no longer exists; it may have been removed.</translation>
    </message>
    <message>
        <source>An entry needs a name of 1 to 64 characters.</source>
        <translation>An entry needs a name of 1 to 64 characters.</translation>
    </message>
    <message>
        <source>'{name}' is already in this list.</source>
        <translation>'{name}' is already in this list.</translation>
    </message>
    <message>
        <source>This profile is already set up.</source>
        <translation>This profile is already set up.</translation>
    </message>
    <message>
        <source>Please enter the shop's name.</source>
        <translation>Please enter the shop's name.</translation>
    </message>
    <message>
        <source>A purchase intention needs a product.</source>
        <translation>A purchase intention needs a product.</translation>
    </message>
    <message>
        <source>A budget is an amount from 0 to {max}.</source>
        <translation>A budget is an amount from 0 to {max}.</translation>
    </message>
    <message>
        <source>Please enter some text.</source>
        <translation>Please enter some text.</translation>
    </message>
    <message>
        <source>This text is too long: at most {n} characters.</source>
        <translation>This text is too long: at most {n} characters.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, Chinese characters, '.', '_' or '-'.</source>
        <translation>A user name has 2 to 32 letters, digits, Chinese characters, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>The user name '{name}' is already taken.</source>
        <translation>The user name '{name}' is already taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>A role needs a name.</translation>
    </message>
    <message>
        <source>Unknown permission: {codes}.</source>
        <translation>Unknown permission: {codes}.</translation>
    </message>
    <message>
        <source>There is already a role named '{name}'.</source>
        <translation>There is already a role named '{name}'.</translation>
    </message>
    <message>
        <source>A preset role can be edited but not deleted.</source>
        <translation>A preset role can be edited but not deleted.</translation>
    </message>
    <message>
        <source>The role '{name}' still has users; take them out first.</source>
        <translation>The role '{name}' still has users; take them out first.</translation>
    </message>
    <message>
        <source>This brand already has a model named {name}.</source>
        <translation>This brand already has a model named {name}.</translation>
    </message>
    <message>
        <source>Sales name this product model: set it inactive instead.</source>
        <translation>Sales name this product model: set it inactive instead.</translation>
    </message>
    <message>
        <source>A part needs a name.</source>
        <translation>A part needs a name.</translation>
    </message>
    <message>
        <source>The code {code} is already taken by {name}.</source>
        <translation>The code {code} is already taken by {name}.</translation>
    </message>
    <message>
        <source>The reorder minimum ({min}) is above the maximum ({max}).</source>
        <translation>The reorder minimum ({min}) is above the maximum ({max}).</translation>
    </message>
    <message>
        <source>A product model this part fits no longer exists.</source>
        <translation>A product model this part fits no longer exists.</translation>
    </message>
    <message>
        <source>A part fits at most {most} product models.</source>
        <translation>A part fits at most {most} product models.</translation>
    </message>
    <message>
        <source>{part} appears on parts documents, so it cannot be deleted: set it inactive instead.</source>
        <translation>{part} appears on parts documents, so it cannot be deleted: set it inactive instead.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>{store} still holds {kinds} kinds of parts, {units} units in all (e.g. {examples}). Transfer them to another store first.</source>
        <translation>{store} still holds {kinds} kinds of parts, {units} units in all (e.g. {examples}). Transfer them to another store first.</translation>
    </message>
    <message>
        <source>At least one store must stay in use.</source>
        <translation>At least one store must stay in use.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>The name {name} is already taken.</source>
        <translation>The name {name} is already taken.</translation>
    </message>
    <message>
        <source>A product model needs a model name.</source>
        <translation>A product model needs a model name.</translation>
    </message>
    <message>
        <source>Please enter a whole number from 0 to {max}.</source>
        <translation>Please enter a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>This role no longer exists; it may have been deleted.</source>
        <translation>This role no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>At least one active user must keep the permission to manage users.</source>
        <translation>At least one active user must keep the permission to manage users.</translation>
    </message>
    <message>
        <source>This file cannot be read as an Excel workbook (.xlsx): {detail}</source>
        <translation>This file cannot be read as an Excel workbook (.xlsx): {detail}</translation>
    </message>
    <message>
        <source>'{file}' is not an .xlsx workbook: save it as .xlsx in Excel or WPS first.</source>
        <translation>'{file}' is not an .xlsx workbook: save it as .xlsx in Excel or WPS first.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named '{sheet}'.</source>
        <translation>The workbook has no sheet named '{sheet}'.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>There is already a customer group named '{name}'.</source>
        <translation>There is already a customer group named '{name}'.</translation>
    </message>
    <message>
        <source>The end date must not be before the start.</source>
        <translation>The end date must not be before the start.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>A customer needs a name.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>'{email}' is not an e-mail address.</translation>
    </message>
    <message>
        <source>'{raw}' is not a phone number.</source>
        <translation>'{raw}' is not a phone number.</translation>
    </message>
    <message>
        <source>Unknown kind of phone number: {kind}.</source>
        <translation>Unknown kind of phone number: {kind}.</translation>
    </message>
    <message>
        <source>This customer group no longer exists.</source>
        <translation>This customer group no longer exists.</translation>
    </message>
    <message>
        <source>This salesperson is not an active user.</source>
        <translation>This salesperson is not an active user.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <source>Type at least {n} digits of the number.</source>
        <translation>Type at least {n} digits of the number.</translation>
    </message>
    <message>
        <source>A line is numbered from {first} to {last}.</source>
        <translation>A line is numbered from {first} to {last}.</translation>
    </message>
    <message>
        <source>A call is either incoming or outgoing.</source>
        <translation>A call is either incoming or outgoing.</translation>
    </message>
    <message>
        <source>Unknown caller-ID privacy: {privacy}.</source>
        <translation>Unknown caller-ID privacy: {privacy}.</translation>
    </message>
    <message>
        <source>A duration is a number of seconds, 0 or more.</source>
        <translation>A duration is a number of seconds, 0 or more.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>A recording is a file inside the recordings folder.</source>
        <translation>A recording is a file inside the recordings folder.</translation>
    </message>
    <message>
        <source>This call no longer exists.</source>
        <translation>This call no longer exists.</translation>
    </message>
    <message>
        <source>This user is not an active user.</source>
        <translation>This user is not an active user.</translation>
    </message>
    <message>
        <source>Enter a serial port such as COM3 or /dev/ttyUSB0, or a pyserial URL such as socket://HOST:PORT or rfc2217://HOST:PORT.</source>
        <translation>Enter a serial port such as COM3 or /dev/ttyUSB0, or a pyserial URL such as socket://HOST:PORT or rfc2217://HOST:PORT.</translation>
    </message>
    <message>
        <source>Enter where to listen as udp://0.0.0.0:3520 (every network card, port 3520); the port is a number up to 65535.</source>
        <translation>Enter where to listen as udp://0.0.0.0:3520 (every network card, port 3520); the port is a number up to 65535.</translation>
    </message>
    <message>
        <source>Enter the NCID server as ncid://HOST:PORT, e.g. ncid://192.168.1.10:3333.</source>
        <translation>Enter the NCID server as ncid://HOST:PORT, e.g. ncid://192.168.1.10:3333.</translation>
    </message>
    <message>
        <source>Enter sim:demo (optionally sim:demo?every=15&amp;lines=3), or sim: followed by the path of a script file.</source>
        <translation>Enter sim:demo (optionally sim:demo?every=15&amp;lines=3), or sim: followed by the path of a script file.</translation>
    </message>
    <message>
        <source>Give the device a short name, e.g. modem1.</source>
        <translation>Give the device a short name, e.g. modem1.</translation>
    </message>
    <message>
        <source>The device name is at most {count} characters long.</source>
        <translation>The device name is at most {count} characters long.</translation>
    </message>
    <message>
        <source>Another device is already called “{name}”.</source>
        <translation>Another device is already called “{name}”.</translation>
    </message>
    <message>
        <source>This kind of device does not send the format “{format}”.</source>
        <translation>This kind of device does not send the format “{format}”.</translation>
    </message>
    <message>
        <source>Modem commands are plain ASCII text, one per line, e.g. ATZ.</source>
        <translation>Modem commands are plain ASCII text, one per line, e.g. ATZ.</translation>
    </message>
    <message>
        <source>Enter the port or the address of the device.</source>
        <translation>Enter the port or the address of the device.</translation>
    </message>
    <message>
        <source>This address is for another kind of device: choose the kind that matches it, or change the address.</source>
        <translation>This address is for another kind of device: choose the kind that matches it, or change the address.</translation>
    </message>
    <message>
        <source>There is no script file {path}.</source>
        <translation>There is no script file {path}.</translation>
    </message>
    <message>
        <source>Station lines are numbered 1 to {count}.</source>
        <translation>Station lines are numbered 1 to {count}.</translation>
    </message>
    <message>
        <source>Line {line} is already used by “{name}”. Choose a free line.</source>
        <translation>Line {line} is already used by “{name}”. Choose a free line.</translation>
    </message>
    <message>
        <source>Line {line} is already used. Choose a free line.</source>
        <translation>Line {line} is already used. Choose a free line.</translation>
    </message>
    <message>
        <source>The line name is at most {count} characters long.</source>
        <translation>The line name is at most {count} characters long.</translation>
    </message>
    <message>
        <source>Add a device first: every line comes from a device.</source>
        <translation>Add a device first: every line comes from a device.</translation>
    </message>
    <message>
        <source>Choose the device this line comes from.</source>
        <translation>Choose the device this line comes from.</translation>
    </message>
    <message>
        <source>There is no device “{device}” any more: choose the device this line comes from.</source>
        <translation>There is no device “{device}” any more: choose the device this line comes from.</translation>
    </message>
    <message>
        <source>The device line is a number such as 1, or the label the device uses.</source>
        <translation>The device line is a number such as 1, or the label the device uses.</translation>
    </message>
    <message>
        <source>This line of the device already rings on line {line}.</source>
        <translation>This line of the device already rings on line {line}.</translation>
    </message>
    <message>
        <source>Line {line} also comes from this device: give each of its lines the device's own line number.</source>
        <translation>Line {line} also comes from this device: give each of its lines the device's own line number.</translation>
    </message>
    <message>
        <source>Close the pop-up within 0 to {count} seconds.</source>
        <translation>Close the pop-up within 0 to {count} seconds.</translation>
    </message>
    <message>
        <source>The station name is at most {count} characters long.</source>
        <translation>The station name is at most {count} characters long.</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {why}</source>
        <translation>The settings could not be written to {path}: {why}</translation>
    </message>
    <message>
        <source>An amount is a number from {min} to {max} in yuan.</source>
        <translation>An amount is a number from {min} to {max} in yuan.</translation>
    </message>
    <message>
        <source>A payment needs an amount other than 0.</source>
        <translation>A payment needs an amount other than 0.</translation>
    </message>
    <message>
        <source>Please give the reason for the refund.</source>
        <translation>Please give the reason for the refund.</translation>
    </message>
    <message>
        <source>Please choose a payment method.</source>
        <translation>Please choose a payment method.</translation>
    </message>
    <message>
        <source>Sale {code} is voided: no payment can be taken.</source>
        <translation>Sale {code} is voided: no payment can be taken.</translation>
    </message>
    <message>
        <source>This is more than is outstanding on sale {code}: at most {outstanding} can be received.</source>
        <translation>This is more than is outstanding on sale {code}: at most {outstanding} can be received.</translation>
    </message>
    <message>
        <source>This refund is more than was paid on sale {code}: at most {received} can be refunded.</source>
        <translation>This refund is more than was paid on sale {code}: at most {received} can be refunded.</translation>
    </message>
    <message>
        <source>A voided sale cannot be changed.</source>
        <translation>A voided sale cannot be changed.</translation>
    </message>
    <message>
        <source>The amount receivable cannot be less than the {received} already received; record a refund first.</source>
        <translation>The amount receivable cannot be less than the {received} already received; record a refund first.</translation>
    </message>
    <message>
        <source>Please give the reason for voiding.</source>
        <translation>Please give the reason for voiding.</translation>
    </message>
    <message>
        <source>This sale is already voided.</source>
        <translation>This sale is already voided.</translation>
    </message>
    <message>
        <source>Sale {code} has payments or service history and cannot be deleted; void it with a reason instead.</source>
        <translation>Sale {code} has payments or service history and cannot be deleted; void it with a reason instead.</translation>
    </message>
    <message>
        <source>Please choose a product model.</source>
        <translation>Please choose a product model.</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to {max}.</source>
        <translation>The quantity is a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>A product cannot be installed before it was sold.</source>
        <translation>A product cannot be installed before it was sold.</translation>
    </message>
    <message>
        <source>Please describe the fault.</source>
        <translation>Please describe the fault.</translation>
    </message>
    <message>
        <source>Please choose a priority.</source>
        <translation>Please choose a priority.</translation>
    </message>
    <message>
        <source>Choose one of the customer's purchases or enter a product not bought here, not both.</source>
        <translation>Choose one of the customer's purchases or enter a product not bought here, not both.</translation>
    </message>
    <message>
        <source>Please give the reason for setting the warranty status by hand.</source>
        <translation>Please give the reason for setting the warranty status by hand.</translation>
    </message>
    <message>
        <source>At most {n} technicians can be assigned to one order.</source>
        <translation>At most {n} technicians can be assigned to one order.</translation>
    </message>
    <message>
        <source>Please choose a service type from the list.</source>
        <translation>Please choose a service type from the list.</translation>
    </message>
    <message>
        <source>This purchase belongs to another customer.</source>
        <translation>This purchase belongs to another customer.</translation>
    </message>
    <message>
        <source>Purchase {code} is voided; choose another one.</source>
        <translation>Purchase {code} is voided; choose another one.</translation>
    </message>
    <message>
        <source>The purchase date cannot be after the order's date.</source>
        <translation>The purchase date cannot be after the order's date.</translation>
    </message>
    <message>
        <source>A maintenance order needs the purchase it serves.</source>
        <translation>A maintenance order needs the purchase it serves.</translation>
    </message>
    <message>
        <source>Service order {code} already serves the maintenance due {date}.</source>
        <translation>Service order {code} already serves the maintenance due {date}.</translation>
    </message>
    <message>
        <source>Please say what work was done.</source>
        <translation>Please say what work was done.</translation>
    </message>
    <message>
        <source>Please say what came of it, e.g. repaired and working.</source>
        <translation>Please say what came of it, e.g. repaired and working.</translation>
    </message>
    <message>
        <source>The work time is a whole number of minutes up to {max}.</source>
        <translation>The work time is a whole number of minutes up to {max}.</translation>
    </message>
    <message>
        <source>Please choose the customer's feedback from the list.</source>
        <translation>Please choose the customer's feedback from the list.</translation>
    </message>
    <message>
        <source>The completion time cannot be before the order was taken.</source>
        <translation>The completion time cannot be before the order was taken.</translation>
    </message>
    <message>
        <source>The completion time cannot be in the future.</source>
        <translation>The completion time cannot be in the future.</translation>
    </message>
    <message>
        <source>Please give the reason for cancelling.</source>
        <translation>Please give the reason for cancelling.</translation>
    </message>
    <message>
        <source>Service order {code} is audited and cannot be changed; un-audit it first.</source>
        <translation>Service order {code} is audited and cannot be changed; un-audit it first.</translation>
    </message>
    <message>
        <source>Service order {code} is cancelled and cannot be changed.</source>
        <translation>Service order {code} is cancelled and cannot be changed.</translation>
    </message>
    <message>
        <source>Service order {code} cannot be dispatched: only a pending order can be.</source>
        <translation>Service order {code} cannot be dispatched: only a pending order can be.</translation>
    </message>
    <message>
        <source>Service order {code} is cancelled and cannot be completed.</source>
        <translation>Service order {code} is cancelled and cannot be completed.</translation>
    </message>
    <message>
        <source>Service order {code} cannot be cancelled: only an order not yet completed can be.</source>
        <translation>Service order {code} cannot be cancelled: only an order not yet completed can be.</translation>
    </message>
    <message>
        <source>Service order {code} cannot be audited: only a completed order can be.</source>
        <translation>Service order {code} cannot be audited: only a completed order can be.</translation>
    </message>
    <message>
        <source>Service order {code} is not audited.</source>
        <translation>Service order {code} is not audited.</translation>
    </message>
    <message>
        <source>Service order {code} cannot be deleted: only a pending or cancelled order can be.</source>
        <translation>Service order {code} cannot be deleted: only a pending or cancelled order can be.</translation>
    </message>
    <message>
        <source>Service order {code} is already audited.</source>
        <translation>Service order {code} is already audited.</translation>
    </message>
    <message>
        <source>Service order {code} is audited and cannot be deleted.</source>
        <translation>Service order {code} is audited and cannot be deleted.</translation>
    </message>
    <message>
        <source>The form “{form}” is nested too deeply (blocks or brackets inside one another).</source>
        <translation>The form “{form}” is nested too deeply (blocks or brackets inside one another).</translation>
    </message>
    <message>
        <source>The form makes more than {n} characters of text; is a loop running away?</source>
        <translation>The form makes more than {n} characters of text; is a loop running away?</translation>
    </message>
    <message>
        <source>Line {line}: there is no field called “{name}” on this form.</source>
        <translation>Line {line}: there is no field called “{name}” on this form.</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” would make a value too large for the form “{form}”.</source>
        <translation>Line {line}: “{name}” would make a value too large for the form “{form}”.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Line {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” may not be used in a print form.</source>
        <translation>Line {line}: “{name}” may not be used in a print form.</translation>
    </message>
    <message>
        <source>Please choose a paper size.</source>
        <translation>Please choose a paper size.</translation>
    </message>
    <message>
        <source>The built-in form {name} is for its own paper; save a copy under another name to use other paper.</source>
        <translation>The built-in form {name} is for its own paper; save a copy under another name to use other paper.</translation>
    </message>
    <message>
        <source>The form is empty: it would print nothing.</source>
        <translation>The form is empty: it would print nothing.</translation>
    </message>
    <message>
        <source>A built-in form cannot be deleted; revert it to undo the shop's changes.</source>
        <translation>A built-in form cannot be deleted; revert it to undo the shop's changes.</translation>
    </message>
    <message>
        <source>Only a built-in form can be reverted.</source>
        <translation>Only a built-in form can be reverted.</translation>
    </message>
    <message>
        <source>This form no longer exists; it may have been deleted.</source>
        <translation>This form no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>There is no such kind of form.</source>
        <translation>There is no such kind of form.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translation>Please enter a whole number from {min} to {max}.</translation>
    </message>
    <message>
        <source>Choose at most {n} purchases at a time to make orders for.</source>
        <translation>Choose at most {n} purchases at a time to make orders for.</translation>
    </message>
    <message>
        <source>The service type {name} is missing: add it to the service types in Settings to make maintenance orders.</source>
        <translation>The service type {name} is missing: add it to the service types in Settings to make maintenance orders.</translation>
    </message>
    <message>
        <source>The work time is a number of hours, e.g. 1.5.</source>
        <translation>The work time is a number of hours, e.g. 1.5.</translation>
    </message>
    <message>
        <source>Please choose the customer.</source>
        <translation>Please choose the customer.</translation>
    </message>
    <message>
        <source>Please choose the product, “Not bought here” or “No product”.</source>
        <translation>Please choose the product, “Not bought here” or “No product”.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2025-05-01, 20250501 or 2025/5/1.</source>
        <translation>“{text}” is not a date. Type it as 2025-05-01, 20250501 or 2025/5/1.</translation>
    </message>
    <message>
        <source>Please enter the date, e.g. 2025-05-01.</source>
        <translation>Please enter the date, e.g. 2025-05-01.</translation>
    </message>
    <message>
        <source>The form “{form}” took longer than {seconds} seconds to fill in and was stopped; is a loop running away?</source>
        <translation>The form “{form}” took longer than {seconds} seconds to fill in and was stopped; is a loop running away?</translation>
    </message>
    <message>
        <source>The form “{form}” needs more than {mb} MB of memory to fill in and was stopped.</source>
        <translation>The form “{form}” needs more than {mb} MB of memory to fill in and was stopped.</translation>
    </message>
    <message>
        <source>The form “{form}” stopped the program that fills in forms (it may need more than {mb} MB of memory).</source>
        <translation>The form “{form}” stopped the program that fills in forms (it may need more than {mb} MB of memory).</translation>
    </message>
    <message>
        <source>The program that fills in print forms could not be started: {detail}</source>
        <translation>The program that fills in print forms could not be started: {detail}</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was changed; Yuntian reconnects by itself, try again in a moment.</source>
        <translation>The connection to the database server was lost. Nothing was changed; Yuntian reconnects by itself, try again in a moment.</translation>
    </message>
    <message>
        <source>The connection to the database server broke while saving: it is not known whether the change was stored. Look at the record once the connection is back before saving again.</source>
        <translation>The connection to the database server broke while saving: it is not known whether the change was stored. Look at the record once the connection is back before saving again.</translation>
    </message>
    <message>
        <source>{record} was changed by {user} at {time} after you opened it. Nothing was saved; reload it to see the changes.</source>
        <translation>{record} was changed by {user} at {time} after you opened it. Nothing was saved; reload it to see the changes.</translation>
    </message>
    <message>
        <source>Line {line}: only {on_hand} {unit} of {part} at {place}, {wanted} wanted.</source>
        <translation>Line {line}: only {on_hand} {unit} of {part} at {place}, {wanted} wanted.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>A document needs at least one line.</translation>
    </message>
    <message>
        <source>A document holds at most {most} lines.</source>
        <translation>A document holds at most {most} lines.</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be a whole number from 1 to {most}.</source>
        <translation>Line {line}: the quantity must be a whole number from 1 to {most}.</translation>
    </message>
    <message>
        <source>Line {line}: this part no longer exists.</source>
        <translation>Line {line}: this part no longer exists.</translation>
    </message>
    <message>
        <source>Line {line}: {part} is no longer in use.</source>
        <translation>Line {line}: {part} is no longer in use.</translation>
    </message>
    <message>
        <source>Choose where the parts come from.</source>
        <translation>Choose where the parts come from.</translation>
    </message>
    <message>
        <source>Choose where the parts go.</source>
        <translation>Choose where the parts go.</translation>
    </message>
    <message>
        <source>A transfer moves parts to another store or technician.</source>
        <translation>A transfer moves parts to another store or technician.</translation>
    </message>
    <message>
        <source>This store no longer exists or is no longer in use.</source>
        <translation>This store no longer exists or is no longer in use.</translation>
    </message>
    <message>
        <source>This technician no longer exists or is disabled.</source>
        <translation>This technician no longer exists or is disabled.</translation>
    </message>
    <message>
        <source>This kind of document is not made here.</source>
        <translation>This kind of document is not made here.</translation>
    </message>
    <message>
        <source>{code} has already been reversed by {by}.</source>
        <translation>{code} has already been reversed by {by}.</translation>
    </message>
    <message>
        <source>{code} is a reversal; post the original document again instead of reversing it.</source>
        <translation>{code} is a reversal; post the original document again instead of reversing it.</translation>
    </message>
    <message>
        <source>{code} has been audited and can no longer be changed.</source>
        <translation>{code} has been audited and can no longer be changed.</translation>
    </message>
    <message>
        <source>{code} has already been audited.</source>
        <translation>{code} has already been audited.</translation>
    </message>
    <message>
        <source>{code} has not been audited.</source>
        <translation>{code} has not been audited.</translation>
    </message>
    <message>
        <source>Enter at least one counted quantity.</source>
        <translation>Enter at least one counted quantity.</translation>
    </message>
    <message>
        <source>{part}: a counted quantity is a whole number from 0 up.</source>
        <translation>{part}: a counted quantity is a whole number from 0 up.</translation>
    </message>
    <message>
        <source>This service order no longer exists.</source>
        <translation>This service order no longer exists.</translation>
    </message>
    <message>
        <source>Line {line}: the unit cost is an amount from 0 with at most four decimal places.</source>
        <translation>Line {line}: the unit cost is an amount from 0 with at most four decimal places.</translation>
    </message>
    <message>
        <source>Line {line}: type a quantity of at least 1.</source>
        <translation>Line {line}: type a quantity of at least 1.</translation>
    </message>
    <message>
        <source>Line {line}: the amount is not a number of yuan.</source>
        <translation>Line {line}: the amount is not a number of yuan.</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation>Double-click a field to insert it at the cursor</translation>
    </message>
    <message>
        <source>Example: {value}</source>
        <translation>Example: {value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Yuntian — first-time set-up</source>
        <translation>Yuntian — first-time set-up</translation>
    </message>
    <message>
        <source>Welcome to Yuntian</source>
        <translation>Welcome to Yuntian</translation>
    </message>
    <message>
        <source>Set up this shop before the first sign-in. Everything here can be changed later in Settings.</source>
        <translation>Set up this shop before the first sign-in. Everything here can be changed later in Settings.</translation>
    </message>
    <message>
        <source>e.g. 云天家电维修部</source>
        <translation>e.g. 云天家电维修部</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Shop name:</translation>
    </message>
    <message>
        <source>Local area code:</source>
        <translation>Local area code:</translation>
    </message>
    <message>
        <source>The area code of the shop's landlines, e.g. 010 or 0755.</source>
        <translation>The area code of the shop's landlines, e.g. 010 or 0755.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>The built-in administrator's name; keep it or choose your own.</source>
        <translation>The built-in administrator's name; keep it or choose your own.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>At least 6 characters. You sign in with it in a moment.</source>
        <translation>At least 6 characters. You sign in with it in a moment.</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Finish set-up</source>
        <translation>Finish set-up</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <source>{n} more page(s) not shown</source>
        <translation>{n} more page(s) not shown</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Shop name:</source>
        <translation>&amp;Shop name:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Reminder lead days:</source>
        <translation>&amp;Reminder lead days:</translation>
    </message>
    <message>
        <source>At start-up everyone sees the maintenance and callback reminders due within this many days. These settings are stored in the database and shared by every PC that uses it.</source>
        <translation>At start-up everyone sees the maintenance and callback reminders due within this many days. These settings are stored in the database and shared by every PC that uses it.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <source>Appointment passed, not completed</source>
        <translation>Appointment passed, not completed</translation>
    </message>
    <message>
        <source>Due within the reminder lead days, no order yet: see Due maintenance</source>
        <translation>Due within the reminder lead days, no order yet: see Due maintenance</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Calls today</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Missed today</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Missed calls of the last days whose number nobody has reached since</source>
        <translation>Missed calls of the last days whose number nobody has reached since</translation>
    </message>
    <message>
        <source>Open messages</source>
        <translation>Open messages</translation>
    </message>
    <message>
        <source>For you or for anyone</source>
        <translation>For you or for anyone</translation>
    </message>
    <message>
        <source>Orders I took, open</source>
        <translation>Orders I took, open</translation>
    </message>
    <message>
        <source>Pending and dispatched</source>
        <translation>Pending and dispatched</translation>
    </message>
    <message>
        <source>My service work</source>
        <translation>My service work</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Pending and dispatched orders</source>
        <translation>Pending and dispatched orders</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Appointments today</translation>
    </message>
    <message>
        <source>Today's figures</source>
        <translation>Today's figures</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>Sales amount</translation>
    </message>
    <message>
        <source>Receivable of today's sales</source>
        <translation>Receivable of today's sales</translation>
    </message>
    <message>
        <source>Orders taken</source>
        <translation>Orders taken</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Orders completed</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Choose an area on the left, or press Ctrl+1 to Ctrl+9. F5 shows the latest figures.</source>
        <translation>Choose an area on the left, or press Ctrl+1 to Ctrl+9. F5 shows the latest figures.</translation>
    </message>
    <message>
        <source>Yuntian</source>
        <translation>Yuntian</translation>
    </message>
    <message>
        <source>Good morning, {name}.</source>
        <translation>Good morning, {name}.</translation>
    </message>
    <message>
        <source>Good afternoon, {name}.</source>
        <translation>Good afternoon, {name}.</translation>
    </message>
    <message>
        <source>Good evening, {name}.</source>
        <translation>Good evening, {name}.</translation>
    </message>
    <message>
        <source>{place} ({engine})</source>
        <translation>{place} ({engine})</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Made with the database server's own tools</source>
        <translation>Made with the database server's own tools</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>The figures could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>IntentionDialog</name>
    <message>
        <source>New purchase intention</source>
        <translation>New purchase intention</translation>
    </message>
    <message>
        <source>Purchase intention</source>
        <translation>Purchase intention</translation>
    </message>
    <message>
        <source>e.g. 3500</source>
        <translation>e.g. 3500</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Budget (¥):</source>
        <translation>&amp;Budget (¥):</translation>
    </message>
    <message>
        <source>&amp;Expected by:</source>
        <translation>&amp;Expected by:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>A budget is an amount such as 3500.</source>
        <translation>A budget is an amount such as 3500.</translation>
    </message>
</context>
<context>
    <name>IntentionsTab</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete the purchase intention for {product}?</source>
        <translation>Delete the purchase intention for {product}?</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Edit line</translation>
    </message>
    <message>
        <source>e.g. Front desk 1</source>
        <translation>e.g. Front desk 1</translation>
    </message>
    <message>
        <source>empty: the device has one line</source>
        <translation>empty: the device has one line</translation>
    </message>
    <message>
        <source>Pop up the caller on this PC</source>
        <translation>Pop up the caller on this PC</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Line:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Device l&amp;ine:</source>
        <translation>Device l&amp;ine:</translation>
    </message>
    <message>
        <source>Whozz Calling units number their lines 1, 2, ...; an NCID server names them (its LINE label); a modem has one line: leave this empty.</source>
        <translation>Whozz Calling units number their lines 1, 2, ...; an NCID server names them (its LINE label); a modem has one line: leave this empty.</translation>
    </message>
    <message>
        <source>&amp;Record from:</source>
        <translation>&amp;Record from:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>{input} (not found now)</source>
        <translation>{input} (not found now)</translation>
    </message>
    <message>
        <source>Calls are recorded from pick-up to hang-up where the device reports them, or with the pop-up's Record button.</source>
        <translation>Calls are recorded from pick-up to hang-up where the device reports them, or with the pop-up's Record button.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{text} — {n} selected</source>
        <translation>{text} — {n} selected</translation>
    </message>
    <message>
        <source>Show the rows of this customer:</source>
        <translation>Show the rows of this customer:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Yuntian</source>
        <translation>Yuntian</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager</source>
        <translation>Yuntian After-Sales Service Manager</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo logins: click one to fill in the form, double-click to sign in.</source>
        <translation>Demo logins: click one to fill in the form, double-click to sign in.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This area could not be opened: {reason}</source>
        <translation>This area could not be opened: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Yuntian</source>
        <translation>&amp;About Yuntian</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager — {shop}</source>
        <translation>Yuntian After-Sales Service Manager — {shop}</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager</source>
        <translation>Yuntian After-Sales Service Manager</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Backed up to {file}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yuntian {version}&lt;/h3&gt;&lt;p&gt;云天售后服务管理系统: caller ID, customers and after-sales service for small service shops.&lt;/p&gt;&lt;p&gt;Shop: {shop}&lt;br&gt;Database: {database}&lt;br&gt;Profile: {profile}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yuntian {version}&lt;/h3&gt;&lt;p&gt;云天售后服务管理系统: caller ID, customers and after-sales service for small service shops.&lt;/p&gt;&lt;p&gt;Shop: {shop}&lt;br&gt;Database: {database}&lt;br&gt;Profile: {profile}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Yuntian</source>
        <translation>About Yuntian</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Periodic maintenance (due {date})</source>
        <translation>Periodic maintenance (due {date})</translation>
    </message>
</context>
<context>
    <name>MaintenanceColumns</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Maintenance order</source>
        <translation>Maintenance order</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{n} d overdue</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation>in {n} d</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
</context>
<context>
    <name>MaintenanceListModel</name>
    <message>
        <source>(changed)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>No maintenance order for this due date yet (Ctrl+G makes one)</source>
        <translation>No maintenance order for this due date yet (Ctrl+G makes one)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Include already &amp;ordered</source>
        <translation>Include already &amp;ordered</translation>
    </message>
    <message>
        <source>Also list the purchases whose due date already has a maintenance order</source>
        <translation>Also list the purchases whose due date already has a maintenance order</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Generate &amp;maintenance orders</source>
        <translation>Generate &amp;maintenance orders</translation>
    </message>
    <message>
        <source>Make a maintenance order for each chosen purchase not yet ordered (Ctrl+G)</source>
        <translation>Make a maintenance order for each chosen purchase not yet ordered (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>&amp;Print dispatch slips…</translation>
    </message>
    <message>
        <source>Print the dispatch slips of the chosen rows' maintenance orders (Ctrl+P)</source>
        <translation>Print the dispatch slips of the chosen rows' maintenance orders (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Open &amp;customer</translation>
    </message>
    <message>
        <source>Show the card of the chosen customer (Enter)</source>
        <translation>Show the card of the chosen customer (Enter)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Making maintenance orders needs the permission to process service orders</source>
        <translation>Making maintenance orders needs the permission to process service orders</translation>
    </message>
    <message>
        <source>Within the reminder lead days ({n})</source>
        <translation>Within the reminder lead days ({n})</translation>
    </message>
    <message>
        <source>Due by {date}, overdue ones included</source>
        <translation>Due by {date}, overdue ones included</translation>
    </message>
    <message>
        <source>No purchase is due for maintenance in this range.</source>
        <translation>No purchase is due for maintenance in this range.</translation>
    </message>
    <message>
        <source>{n}+ due, earliest first; scroll for more.</source>
        <translation>{n}+ due, earliest first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} due, earliest first.</source>
        <translation>{n} due, earliest first.</translation>
    </message>
    <message>
        <source>Making {n} maintenance orders…</source>
        <translation>Making {n} maintenance orders…</translation>
    </message>
    <message>
        <source>{created} created, {skipped} skipped (already ordered).</source>
        <translation>{created} created, {skipped} skipped (already ordered).</translation>
    </message>
    <message>
        <source>Generate maintenance orders</source>
        <translation>Generate maintenance orders</translation>
    </message>
    <message>
        <source>Make a maintenance order for each of the {n} chosen purchases?</source>
        <translation>Make a maintenance order for each of the {n} chosen purchases?</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>New memo</source>
        <translation>New memo</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>{time} (changed {changed})</source>
        <translation>{time} (changed {changed})</translation>
    </message>
    <message>
        <source>Delete this memo?</source>
        <translation>Delete this memo?</translation>
    </message>
</context>
<context>
    <name>MessageCountButton</name>
    <message>
        <source>Messages ?</source>
        <translation>Messages ?</translation>
    </message>
    <message>
        <source>Messages {n}</source>
        <translation>Messages {n}</translation>
    </message>
    <message>
        <source>Open messages: {n}, for you or anyone: {mine}. Click to see them.</source>
        <translation>Open messages: {n}, for you or anyone: {mine}. Click to see them.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>File the message under a customer</source>
        <translation>File the message under a customer</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Who called</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Number to call back</translation>
    </message>
    <message>
        <source>What the caller wants</source>
        <translation>What the caller wants</translation>
    </message>
    <message>
        <source>&amp;Call back wanted</source>
        <translation>&amp;Call back wanted</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Caller's &amp;name:</source>
        <translation>Caller's &amp;name:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Taken {time} by {user}</source>
        <translation>Taken {time} by {user}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Whom is the message about?</source>
        <translation>Whom is the message about?</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Call back?</source>
        <translation>Call back?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yuntian</source>
        <translation>Yuntian</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Everyone's</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>For me</translation>
    </message>
    <message>
        <source>For me: those for you and those for anyone</source>
        <translation>For me: those for you and those for anyone</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>&amp;New message…</translation>
    </message>
    <message>
        <source>Take a new message (Ctrl+N)</source>
        <translation>Take a new message (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the chosen message (Enter)</source>
        <translation>Change the chosen message (Enter)</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Mark &amp;handled</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the chosen messages (Del)</source>
        <translation>Delete the chosen messages (Del)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Open &amp;customer</translation>
    </message>
    <message>
        <source>Show the card of the message's customer (Ctrl+O)</source>
        <translation>Show the card of the message's customer (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Open the chosen messages again (Ctrl+D)</source>
        <translation>Open the chosen messages again (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark the chosen messages as dealt with (Ctrl+D)</source>
        <translation>Mark the chosen messages as dealt with (Ctrl+D)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; for {whom}, {time}, taken by {user}</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; for {whom}, {time}, taken by {user}</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>Call back wanted.</source>
        <translation>Call back wanted.</translation>
    </message>
    <message>
        <source>Handled by {user} at {time}.</source>
        <translation>Handled by {user} at {time}.</translation>
    </message>
    <message>
        <source>Messages shown: {n}; scroll down for older ones.</source>
        <translation>Messages shown: {n}; scroll down for older ones.</translation>
    </message>
    <message>
        <source>No open messages.</source>
        <translation>No open messages.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No messages.</translation>
    </message>
    <message>
        <source>Open messages: {n}</source>
        <translation>Open messages: {n}</translation>
    </message>
    <message>
        <source>Messages: {n}</source>
        <translation>Messages: {n}</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>an unknown caller</translation>
    </message>
    <message>
        <source>Delete the message from {who}?</source>
        <translation>Delete the message from {who}?</translation>
    </message>
    <message>
        <source>Delete {n} messages?</source>
        <translation>Delete {n} messages?</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Delete messages</translation>
    </message>
</context>
<context>
    <name>MoveColumns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
</context>
<context>
    <name>MyPartsPage</name>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technician:</translation>
    </message>
    <message>
        <source>&amp;Used:</source>
        <translation>&amp;Used:</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Used on service orders</source>
        <translation>Used on service orders</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{n} parts, {quantity} units in hand, value ¥{value}</source>
        <translation>{n} parts, {quantity} units in hand, value ¥{value}</translation>
    </message>
    <message>
        <source>{n} lines on {orders} orders, {quantity} units, charged ¥{amount}</source>
        <translation>{n} lines on {orders} orders, {quantity} units, charged ¥{amount}</translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <source>Name as the caller gives it</source>
        <translation>Name as the caller gives it</translation>
    </message>
    <message>
        <source>Street and number (optional)</source>
        <translation>Street and number (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Save customer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>More fields…</source>
        <translation>More fields…</translation>
    </message>
    <message>
        <source>Add to an &amp;existing customer…</source>
        <translation>Add to an &amp;existing customer…</translation>
    </message>
    <message>
        <source>No customer has this number yet.</source>
        <translation>No customer has this number yet.</translation>
    </message>
    <message>
        <source>The caller's number was not sent.</source>
        <translation>The caller's number was not sent.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>A document number is the prefix, then the date in the chosen pattern, then a sequence number with the given digits: prefix SH, pattern YYYYMMDD and 4 digits give SH202611270001. Numbers already given keep their codes; a changed rule starts its own sequence.</source>
        <translation>A document number is the prefix, then the date in the chosen pattern, then a sequence number with the given digits: prefix SH, pattern YYYYMMDD and 4 digits give SH202611270001. Numbers already given keep their codes; a changed rule starts its own sequence.</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Completion record</source>
        <translation>Completion record</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Completed:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Work done:</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>Solution:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Parts used:</source>
        <translation>Parts used:</translation>
    </message>
    <message>
        <source>Work hours:</source>
        <translation>Work hours:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time} by {user}</translation>
    </message>
    <message>
        <source>parts {parts} + service {service} + transport {transport} = {total}</source>
        <translation>parts {parts} + service {service} + transport {transport} = {total}</translation>
    </message>
    <message>
        <source>Taken: {state}</source>
        <translation>Taken: {state}</translation>
    </message>
    <message>
        <source>Changed ({state})</source>
        <translation>Changed ({state})</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>Sales &amp; payments</source>
        <translation>Sales &amp; payments</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <source>Due maintenance</source>
        <translation>Due maintenance</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Purchase statistics</source>
        <translation>Purchase statistics</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Parts statistics</source>
        <translation>Parts statistics</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Users &amp; roles</source>
        <translation>Users &amp; roles</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>My parts</source>
        <translation>My parts</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>A4 sheet (210 × 297 mm)</source>
        <translation>A4 sheet (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 sheet (148 × 210 mm)</source>
        <translation>A5 sheet (148 × 210 mm)</translation>
    </message>
    <message>
        <source>Continuous form, wide carriage (241 × 140 mm)</source>
        <translation>Continuous form, wide carriage (241 × 140 mm)</translation>
    </message>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Receipt roll 80 mm</translation>
    </message>
    <message>
        <source>Receipt roll 58 mm</source>
        <translation>Receipt roll 58 mm</translation>
    </message>
</context>
<context>
    <name>PartCardDialog</name>
    <message>
        <source>Part card</source>
        <translation>Part card</translation>
    </message>
    <message>
        <source>Stock per place</source>
        <translation>Stock per place</translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation>Movements, newest first</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Specification:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <source>Purchase price:</source>
        <translation>Purchase price:</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Sale price:</translation>
    </message>
    <message>
        <source>Average cost:</source>
        <translation>Average cost:</translation>
    </message>
    <message>
        <source>Safety stock:</source>
        <translation>Safety stock:</translation>
    </message>
    <message>
        <source>Reorder min / max:</source>
        <translation>Reorder min / max:</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>No longer in use</translation>
    </message>
    <message>
        <source>All places: {quantity} {unit}, value ¥{value}</source>
        <translation>All places: {quantity} {unit}, value ¥{value}</translation>
    </message>
    <message>
        <source>(below safety stock)</source>
        <translation>(below safety stock)</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>New spare part</source>
        <translation>New spare part</translation>
    </message>
    <message>
        <source>Edit spare part</source>
        <translation>Edit spare part</translation>
    </message>
    <message>
        <source>empty: the next number</source>
        <translation>empty: the next number</translation>
    </message>
    <message>
        <source>e.g. start capacitor 35uF</source>
        <translation>e.g. start capacitor 35uF</translation>
    </message>
    <message>
        <source>e.g. CBB65 450V</source>
        <translation>e.g. CBB65 450V</translation>
    </message>
    <message>
        <source>e.g. pc</source>
        <translation>e.g. pc</translation>
    </message>
    <message>
        <source>&amp;Inactive: no longer offered for new documents</source>
        <translation>&amp;Inactive: no longer offered for new documents</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Specification:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Su&amp;pplier:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Cost &amp;price:</source>
        <translation>Cost &amp;price:</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Sa&amp;le price:</translation>
    </message>
    <message>
        <source>Sa&amp;fety stock:</source>
        <translation>Sa&amp;fety stock:</translation>
    </message>
    <message>
        <source>Reorder &amp;minimum:</source>
        <translation>Reorder &amp;minimum:</translation>
    </message>
    <message>
        <source>Reorder ma&amp;ximum:</source>
        <translation>Reorder ma&amp;ximum:</translation>
    </message>
    <message>
        <source>&amp;Fits models:</source>
        <translation>&amp;Fits models:</translation>
    </message>
    <message>
        <source>Tick the product models this part fits.</source>
        <translation>Tick the product models this part fits.</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>PartDocumentColumns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Reversal of {code}</source>
        <translation>Reversal of {code}</translation>
    </message>
</context>
<context>
    <name>PartDocumentDialog</name>
    <message>
        <source>New stock-in</source>
        <translation>New stock-in</translation>
    </message>
    <message>
        <source>New issue to a technician</source>
        <translation>New issue to a technician</translation>
    </message>
    <message>
        <source>New return to the store</source>
        <translation>New return to the store</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>New transfer</translation>
    </message>
    <message>
        <source>New scrap</source>
        <translation>New scrap</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Su&amp;pplier:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Scrap t&amp;ype:</source>
        <translation>Scrap t&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Handled by:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Post the document (Ctrl+Enter)</source>
        <translation>Post the document (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PartDocumentFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Code, supplier or note</source>
        <translation>Code, supplier or note</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>PartDocumentListModel</name>
    <message>
        <source>Reversed by {code}</source>
        <translation>Reversed by {code}</translation>
    </message>
    <message>
        <source>Audited by {who}</source>
        <translation>Audited by {who}</translation>
    </message>
</context>
<context>
    <name>PartDocumentViewDialog</name>
    <message>
        <source>{kind} {code}</source>
        <translation>{kind} {code}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <source>Service order:</source>
        <translation>Service order:</translation>
    </message>
    <message>
        <source>Scrap type:</source>
        <translation>Scrap type:</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>Reverses:</source>
        <translation>Reverses:</translation>
    </message>
    <message>
        <source>Reversed by:</source>
        <translation>Reversed by:</translation>
    </message>
    <message>
        <source>{state} by {who}</source>
        <translation>{state} by {who}</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation>Entered by:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>{n} pieces, cost {cost}</source>
        <translation>{n} pieces, cost {cost}</translation>
    </message>
    <message>
        <source>, price {price}</source>
        <translation>, price {price}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
</context>
<context>
    <name>PartDocumentWords</name>
    <message>
        <source>Stock-in</source>
        <translation>Stock-in</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Store: {name}</source>
        <translation>Store: {name}</translation>
    </message>
    <message>
        <source>Technician: {name}</source>
        <translation>Technician: {name}</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Audited</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
</context>
<context>
    <name>PartDocumentsPage</name>
    <message>
        <source>New &amp;stock-in…</source>
        <translation>New &amp;stock-in…</translation>
    </message>
    <message>
        <source>New &amp;issue…</source>
        <translation>New &amp;issue…</translation>
    </message>
    <message>
        <source>New &amp;return…</source>
        <translation>New &amp;return…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>New &amp;transfer…</translation>
    </message>
    <message>
        <source>New scra&amp;p…</source>
        <translation>New scra&amp;p…</translation>
    </message>
    <message>
        <source>New stoc&amp;ktake…</source>
        <translation>New stoc&amp;ktake…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show the chosen document with its lines (Enter)</source>
        <translation>Show the chosen document with its lines (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Move every line of the chosen document back by a reversing document</source>
        <translation>Move every line of the chosen document back by a reversing document</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the chosen stock-ins, issues and scraps on their forms (Ctrl+P)</source>
        <translation>Print the chosen stock-ins, issues and scraps on their forms (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;Un-audit</source>
        <translation>&amp;Un-audit</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>No parts documents yet.</source>
        <translation>No parts documents yet.</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>No documents match the filters.</translation>
    </message>
    <message>
        <source>{n} documents shown; scroll for more.</source>
        <translation>{n} documents shown; scroll for more.</translation>
    </message>
    <message>
        <source>{n} documents.</source>
        <translation>{n} documents.</translation>
    </message>
    <message>
        <source>Reverse {code}</source>
        <translation>Reverse {code}</translation>
    </message>
    <message>
        <source>Reverse {kind} {code}? A new document moves every one of its {n} pieces back; the document itself stays as it is.

Why (the reversal's note):</source>
        <translation>Reverse {kind} {code}? A new document moves every one of its {n} pieces back; the document itself stays as it is.

Why (the reversal's note):</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit {n} document(s)? Audited documents are locked; a mistake is then corrected by reversing.
{codes}</source>
        <translation>Audit {n} document(s)? Audited documents are locked; a mistake is then corrected by reversing.
{codes}</translation>
    </message>
    <message>
        <source>Un-audit</source>
        <translation>Un-audit</translation>
    </message>
    <message>
        <source>Take back the audit of {n} document(s)? This is written to the audit trail.
{codes}</source>
        <translation>Take back the audit of {n} document(s)? This is written to the audit trail.
{codes}</translation>
    </message>
</context>
<context>
    <name>PartImport</name>
    <message>
        <source>No column is headed 名称 (the part's name).</source>
        <translation>No column is headed 名称 (the part's name).</translation>
    </message>
    <message>
        <source>'{value}' is not an amount in yuan.</source>
        <translation>'{value}' is not an amount in yuan.</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number.</source>
        <translation>'{value}' is not a whole number.</translation>
    </message>
    <message>
        <source>The code {code} is also on row {row}.</source>
        <translation>The code {code} is also on row {row}.</translation>
    </message>
    <message>
        <source>There is no product model named {name}.</source>
        <translation>There is no product model named {name}.</translation>
    </message>
    <message>
        <source>Several brands have a model {name}: write the brand before it.</source>
        <translation>Several brands have a model {name}: write the brand before it.</translation>
    </message>
</context>
<context>
    <name>PartKinds</name>
    <message>
        <source>Stock-in</source>
        <translation>Stock-in</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>PartLines</name>
    <message>
        <source>Part: code, barcode or name (Insert)</source>
        <translation>Part: code, barcode or name (Insert)</translation>
    </message>
    <message>
        <source>Type a code, barcode or part of the name; Enter takes the part, Tab goes on</source>
        <translation>Type a code, barcode or part of the name; Enter takes the part, Tab goes on</translation>
    </message>
    <message>
        <source>How many; Enter adds the line</source>
        <translation>How many; Enter adds the line</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>Remo&amp;ve line</translation>
    </message>
    <message>
        <source>Remove the chosen lines (Delete)</source>
        <translation>Remove the chosen lines (Delete)</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>(on hand {n})</source>
        <translation>(on hand {n})</translation>
    </message>
    <message>
        <source>No part in use matches “{text}”.</source>
        <translation>No part in use matches “{text}”.</translation>
    </message>
    <message>
        <source>Less on hand than this line takes</source>
        <translation>Less on hand than this line takes</translation>
    </message>
    <message>
        <source>{lines} lines, {n} pieces</source>
        <translation>{lines} lines, {n} pieces</translation>
    </message>
    <message>
        <source>, amount {amount}</source>
        <translation>, amount {amount}</translation>
    </message>
</context>
<context>
    <name>PartPrint</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Only stock-ins, issues and scraps (and their reversals) print.</source>
        <translation>Only stock-ins, issues and scraps (and their reversals) print.</translation>
    </message>
</context>
<context>
    <name>PartStatsPage</name>
    <message>
        <source>Per part</source>
        <translation>Per part</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Per category</translation>
    </message>
    <message>
        <source>Per technician</source>
        <translation>Per technician</translation>
    </message>
    <message>
        <source>Per product model</source>
        <translation>Per product model</translation>
    </message>
    <message>
        <source>Per service type</source>
        <translation>Per service type</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Quantities</translation>
    </message>
    <message>
        <source>F&amp;igures:</source>
        <translation>F&amp;igures:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Stocked in</source>
        <translation>Stocked in</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Consumed (cost)</source>
        <translation>Consumed (cost)</translation>
    </message>
    <message>
        <source>Consumed (price)</source>
        <translation>Consumed (price)</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Values at cost; consumption also at the price charged. Reversals count negative for the kind of document they reverse; transfers and stocktakes are not counted.</source>
        <translation>Values at cost; consumption also at the price charged. Reversals count negative for the kind of document they reverse; transfers and stocktakes are not counted.</translation>
    </message>
    <message>
        <source>Only parts consumed on service orders have a product model and a service type; everything else is under (none).</source>
        <translation>Only parts consumed on service orders have a product model and a service type; everything else is under (none).</translation>
    </message>
    <message>
        <source>From {first} to {last}: {stocked} stocked in, {consumed} consumed (charged {price}).</source>
        <translation>From {first} to {last}: {stocked} stocked in, {consumed} consumed (charged {price}).</translation>
    </message>
    <message>
        <source>No parts moved in this period.</source>
        <translation>No parts moved in this period.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Parts statistics</source>
        <translation>Parts statistics</translation>
    </message>
    <message>
        <source>Export parts statistics to Excel</source>
        <translation>Export parts statistics to Excel</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Code, name, specification or barcode</source>
        <translation>Code, name, specification or barcode</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Show &amp;inactive parts</source>
        <translation>Show &amp;inactive parts</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <source>Set inactive or in use again</source>
        <translation>Set inactive or in use again</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import parts from an Excel workbook</source>
        <translation>Import parts from an Excel workbook</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the catalogue to an Excel workbook</source>
        <translation>Export the catalogue to an Excel workbook</translation>
    </message>
    <message>
        <source>Ins or Ctrl+N adds a part, Enter or F2 edits it, Del deletes it. A part that documents name cannot be deleted: set it inactive and it is no longer offered.</source>
        <translation>Ins or Ctrl+N adds a part, Enter or F2 edits it, Del deletes it. A part that documents name cannot be deleted: set it inactive and it is no longer offered.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part(s)</numerusform>
            <numerusform>%n part(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>first {shown} of {total} parts</source>
        <translation>first {shown} of {total} parts</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <source>Delete spare part</source>
        <translation>Delete spare part</translation>
    </message>
    <message>
        <source>Delete the spare part “{name}”?</source>
        <translation>Delete the spare part “{name}”?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Spare part in use</source>
        <translation>Spare part in use</translation>
    </message>
    <message>
        <source>Documents name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those documents but is no longer offered for new ones.</source>
        <translation>Documents name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those documents but is no longer offered for new ones.</translation>
    </message>
    <message>
        <source>Set &amp;inactive</source>
        <translation>Set &amp;inactive</translation>
    </message>
    <message>
        <source>Export spare parts</source>
        <translation>Export spare parts</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) exported to {file}.</source>
        <translation>
            <numerusform>%n part(s) exported to {file}.</numerusform>
            <numerusform>%n part(s) exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import spare parts</source>
        <translation>Import spare parts</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>{file}: {read} rows read, {valid} can be imported, {bad} refused.</source>
        <translation>{file}: {read} rows read, {valid} can be imported, {bad} refused.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n part(s)</source>
        <translation>
            <numerusform>&amp;Import %n part(s)</numerusform>
            <numerusform>&amp;Import %n part(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) imported from {file}.</source>
        <translation>
            <numerusform>%n part(s) imported from {file}.</numerusform>
            <numerusform>%n part(s) imported from {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock on hand</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>My parts</source>
        <translation>My parts</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>PartsSettingsPage</name>
    <message>
        <source>Allow &amp;negative stock</source>
        <translation>Allow &amp;negative stock</translation>
    </message>
    <message>
        <source>Documents may then take more parts than a store or technician holds, for shops that enter documents late. Needs the permission to manage settings.</source>
        <translation>Documents may then take more parts than a store or technician holds, for shops that enter documents late. Needs the permission to manage settings.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Refund — {code}</source>
        <translation>Refund — {code}</translation>
    </message>
    <message>
        <source>Record payment — {code}</source>
        <translation>Record payment — {code}</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. 退货</source>
        <translation>Why the money goes back, e.g. 退货</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Amount refunded:</source>
        <translation>&amp;Amount refunded:</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Amount received:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Record &amp;refund</source>
        <translation>Record &amp;refund</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Record payment</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>You may look, but not record payments.</source>
        <translation>You may look, but not record payments.</translation>
    </message>
    <message>
        <source>Receivable:</source>
        <translation>Receivable:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>Outstanding:</translation>
    </message>
    <message>
        <source>This sale was voided: {reason}</source>
        <translation>This sale was voided: {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>PermissionGroups</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Calls &amp; messages</source>
        <translation>Calls &amp; messages</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Sales &amp; service</source>
        <translation>Sales &amp; service</translation>
    </message>
    <message>
        <source>Audit &amp; statistics</source>
        <translation>Audit &amp; statistics</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Rename customer groups</source>
        <translation>Rename customer groups</translation>
    </message>
    <message>
        <source>Delete customer groups</source>
        <translation>Delete customer groups</translation>
    </message>
    <message>
        <source>Add and edit customers</source>
        <translation>Add and edit customers</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message>
        <source>Delete call log entries</source>
        <translation>Delete call log entries</translation>
    </message>
    <message>
        <source>Import and export data</source>
        <translation>Import and export data</translation>
    </message>
    <message>
        <source>Add and edit messages</source>
        <translation>Add and edit messages</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Delete messages</translation>
    </message>
    <message>
        <source>Edit records</source>
        <translation>Edit records</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Delete records</translation>
    </message>
    <message>
        <source>Manage memos</source>
        <translation>Manage memos</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Process sales</source>
        <translation>Process sales</translation>
    </message>
    <message>
        <source>Process service orders</source>
        <translation>Process service orders</translation>
    </message>
    <message>
        <source>Process complaints and suggestions</source>
        <translation>Process complaints and suggestions</translation>
    </message>
    <message>
        <source>Process callbacks</source>
        <translation>Process callbacks</translation>
    </message>
    <message>
        <source>Audit and un-audit records</source>
        <translation>Audit and un-audit records</translation>
    </message>
    <message>
        <source>Manage spare parts</source>
        <translation>Manage spare parts</translation>
    </message>
    <message>
        <source>View statistics</source>
        <translation>View statistics</translation>
    </message>
    <message>
        <source>Manage customer points</source>
        <translation>Manage customer points</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>Manage users and roles</translation>
    </message>
</context>
<context>
    <name>PhoneKinds</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PhoneLabels</name>
    <message>
        <source>Serial port (modem, Whozz Calling)</source>
        <translation>Serial port (modem, Whozz Calling)</translation>
    </message>
    <message>
        <source>Whozz Calling on the network (UDP)</source>
        <translation>Whozz Calling on the network (UDP)</translation>
    </message>
    <message>
        <source>NCID server</source>
        <translation>NCID server</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>NCID</source>
        <translation>NCID</translation>
    </message>
    <message>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <source>Modem, hex packets</source>
        <translation>Modem, hex packets</translation>
    </message>
    <message>
        <source>Whozz Calling</source>
        <translation>Whozz Calling</translation>
    </message>
    <message>
        <source>TCI</source>
        <translation>TCI</translation>
    </message>
    <message>
        <source>{format} (default)</source>
        <translation>{format} (default)</translation>
    </message>
    <message>
        <source>The port the box is plugged into (COM3, /dev/ttyUSB0), or a pyserial URL such as socket://HOST:PORT. Modems and Whozz Calling units on a serial cable.</source>
        <translation>The port the box is plugged into (COM3, /dev/ttyUSB0), or a pyserial URL such as socket://HOST:PORT. Modems and Whozz Calling units on a serial cable.</translation>
    </message>
    <message>
        <source>Where to listen for a Whozz Calling Ethernet Link unit: udp://0.0.0.0:3520 hears the unit on every network card.</source>
        <translation>Where to listen for a Whozz Calling Ethernet Link unit: udp://0.0.0.0:3520 hears the unit on every network card.</translation>
    </message>
    <message>
        <source>The NCID server's address, e.g. ncid://192.168.1.10:3333.</source>
        <translation>The NCID server's address, e.g. ncid://192.168.1.10:3333.</translation>
    </message>
    <message>
        <source>sim:demo rings now and then with made-up calls (sim:demo?every=15&amp;lines=3); sim:FILE plays a script of timed events.</source>
        <translation>sim:demo rings now and then with made-up calls (sim:demo?every=15&amp;lines=3); sim:FILE plays a script of timed events.</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Caller ID</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Off hook</source>
        <translation>Off hook</translation>
    </message>
    <message>
        <source>On hook</source>
        <translation>On hook</translation>
    </message>
    <message>
        <source>Hook flash</source>
        <translation>Hook flash</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>number withheld</source>
        <translation>number withheld</translation>
    </message>
    <message>
        <source>number unavailable</source>
        <translation>number unavailable</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>PhoneLines</name>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <source>in call</source>
        <translation>in call</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>PhoneLinesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Port or address</source>
        <translation>Port or address</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Modem commands</source>
        <translation>Modem commands</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Add device…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Te&amp;st device…</source>
        <translation>Te&amp;st device…</translation>
    </message>
    <message>
        <source>Caller-ID devices</source>
        <translation>Caller-ID devices</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Device line</source>
        <translation>Device line</translation>
    </message>
    <message>
        <source>Pop up here</source>
        <translation>Pop up here</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Recorded from</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>Add &amp;line…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Remove l&amp;ine</translation>
    </message>
    <message>
        <source>Station lines (1 to {count})</source>
        <translation>Station lines (1 to {count})</translation>
    </message>
    <message>
        <source>The caller pop-up takes the keyboard focus</source>
        <translation>The caller pop-up takes the keyboard focus</translation>
    </message>
    <message>
        <source> s after the call</source>
        <translation> s after the call</translation>
    </message>
    <message>
        <source>never (close by hand)</source>
        <translation>never (close by hand)</translation>
    </message>
    <message>
        <source>Close the pop-&amp;up:</source>
        <translation>Close the pop-&amp;up:</translation>
    </message>
    <message>
        <source>This station's &amp;name:</source>
        <translation>This station's &amp;name:</translation>
    </message>
    <message>
        <source>Other stations' calls on lines:</source>
        <translation>Other stations' calls on lines:</translation>
    </message>
    <message>
        <source>These settings apply to this PC only. A pinned pop-up stays open. Calls on the lines ticked pop up here when another station's device takes them (the others see this station by its name). After OK or Apply the phone lines restart with the new settings.</source>
        <translation>These settings apply to this PC only. A pinned pop-up stays open. Calls on the lines ticked pop up here when another station's device takes them (the others see this station by its name). After OK or Apply the phone lines restart with the new settings.</translation>
    </message>
    <message>
        <source>Device “{name}”: {problem}</source>
        <translation>Device “{name}”: {problem}</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Line {number}: {problem}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PhoneLinesWidget</name>
    <message>
        <source>No phone lines configured</source>
        <translation>No phone lines configured</translation>
    </message>
    <message>
        <source>Line {line}: {state}</source>
        <translation>Line {line}: {state}</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>e.g. 138 0013 8000 or 010-6234 5678</source>
        <translation>e.g. 138 0013 8000 or 010-6234 5678</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Remove this number</translation>
    </message>
    <message>
        <source>This number also belongs to {customers}. You can save anyway.</source>
        <translation>This number also belongs to {customers}. You can save anyway.</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>service number</translation>
    </message>
    <message>
        <source>not a complete number yet</source>
        <translation>not a complete number yet</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print {kind} — {title}</source>
        <translation>Print {kind} — {title}</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the slips to a PDF file (Ctrl+S)</source>
        <translation>Write the slips to a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>{records} record(s), {copies} copy(ies) each</source>
        <translation>{records} record(s), {copies} copy(ies) each</translation>
    </message>
    <message>
        <source>The printer did not take the job.</source>
        <translation>The printer did not take the job.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}; is it open in another program?</source>
        <translation>The PDF could not be written to {path}; is it open in another program?</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintFields</name>
    <message>
        <source>Dispatch slip</source>
        <translation>Dispatch slip</translation>
    </message>
    <message>
        <source>Sales slip</source>
        <translation>Sales slip</translation>
    </message>
    <message>
        <source>Parts stock-in</source>
        <translation>Parts stock-in</translation>
    </message>
    <message>
        <source>Parts issue</source>
        <translation>Parts issue</translation>
    </message>
    <message>
        <source>Parts scrap</source>
        <translation>Parts scrap</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Phone (first)</source>
        <translation>Phone (first)</translation>
    </message>
    <message>
        <source>All phones</source>
        <translation>All phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <source>Sale number</source>
        <translation>Sale number</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount receivable</source>
        <translation>Amount receivable</translation>
    </message>
    <message>
        <source>Amount receivable in words</source>
        <translation>Amount receivable in words</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Amount outstanding</source>
        <translation>Amount outstanding</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>Sales unit</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Technical lead</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Installation date</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>Next maintenance date</source>
        <translation>Next maintenance date</translation>
    </message>
    <message>
        <source>Next callback date</source>
        <translation>Next callback date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason the sale was voided</source>
        <translation>Reason the sale was voided</translation>
    </message>
    <message>
        <source>Custom fields (list)</source>
        <translation>Custom fields (list)</translation>
    </message>
    <message>
        <source>Payments (list)</source>
        <translation>Payments (list)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <source>In / out of warranty</source>
        <translation>In / out of warranty</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>Feedback boxes, the recorded one ticked (list)</source>
        <translation>Feedback boxes, the recorded one ticked (list)</translation>
    </message>
    <message>
        <source>Purchase record number</source>
        <translation>Purchase record number</translation>
    </message>
    <message>
        <source>Parts fee</source>
        <translation>Parts fee</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <source>Transport fee</source>
        <translation>Transport fee</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Total fees</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Scrap type</source>
        <translation>Scrap type</translation>
    </message>
    <message>
        <source>Scrap handled by</source>
        <translation>Scrap handled by</translation>
    </message>
    <message>
        <source>Reverses document</source>
        <translation>Reverses document</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Audited by</translation>
    </message>
    <message>
        <source>Audited at</source>
        <translation>Audited at</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>Total quantity</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>Total amount in words</source>
        <translation>Total amount in words</translation>
    </message>
    <message>
        <source>Lines (list: no, code, name, spec, unit, quantity, unit_cost, cost)</source>
        <translation>Lines (list: no, code, name, spec, unit, quantity, unit_cost, cost)</translation>
    </message>
    <message>
        <source>Custom field {n}</source>
        <translation>Custom field {n}</translation>
    </message>
</context>
<context>
    <name>PrintForms</name>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>PrintFormsTab</name>
    <message>
        <source>{kind}, printed by default:</source>
        <translation>{kind}, printed by default:</translation>
    </message>
    <message>
        <source>&amp;Design print forms…</source>
        <translation>&amp;Design print forms…</translation>
    </message>
    <message>
        <source>Dispatch slips and sales slips print on A4 or A5 sheets, 241 × 140 mm continuous forms (wide-carriage printers) or 80 / 58 mm receipt rolls. Change a form's layout, copies (二联/三联) and offset for pre-printed paper, or add forms of your own, in the designer.</source>
        <translation>Dispatch slips and sales slips print on A4 or A5 sheets, 241 × 140 mm continuous forms (wide-carriage printers) or 80 / 58 mm receipt rolls. Change a form's layout, copies (二联/三联) and offset for pre-printed paper, or add forms of your own, in the designer.</translation>
    </message>
</context>
<context>
    <name>PrintTemplateEditor</name>
    <message>
        <source>Qt rich text: tables, alignment, font size and weight. {{ field }} prints a value; {% for … %} … {% endfor %} repeats a list; {% if … %} … {% endif %} prints only when; {# … #} is a note that does not print.</source>
        <translation>Qt rich text: tables, alignment, font size and weight. {{ field }} prints a value; {% for … %} … {% endfor %} repeats a list; {% if … %} … {% endif %} prints only when; {# … #} is a note that does not print.</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>Print forms</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;New form…</translation>
    </message>
    <message>
        <source>A copy of the chosen form under a new name (Ctrl+N)</source>
        <translation>A copy of the chosen form under a new name (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Back to the form as it ships with the program</source>
        <translation>Back to the form as it ships with the program</translation>
    </message>
    <message>
        <source>Use as de&amp;fault</source>
        <translation>Use as de&amp;fault</translation>
    </message>
    <message>
        <source>Print this form when no other is chosen</source>
        <translation>Print this form when no other is chosen</translation>
    </message>
    <message>
        <source>2 or 3 for a two- or three-part form (二联/三联)</source>
        <translation>2 or 3 for a two- or three-part form (二联/三联)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S)</source>
        <translation>Save the form (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Offset right / down (mm):</source>
        <translation>Offset right / down (mm):</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>The offset moves the print for pre-printed forms.</source>
        <translation>The offset moves the print for pre-printed forms.</translation>
    </message>
    <message>
        <source>Form (HTML with {{ placeholders }}):</source>
        <translation>Form (HTML with {{ placeholders }}):</translation>
    </message>
    <message>
        <source>Fields (double-click to insert):</source>
        <translation>Fields (double-click to insert):</translation>
    </message>
    <message>
        <source>Preview with an example record:</source>
        <translation>Preview with an example record:</translation>
    </message>
    <message>
        <source>You may look, but not change print forms.</source>
        <translation>You may look, but not change print forms.</translation>
    </message>
    <message>
        <source>Built-in form “{name}”</source>
        <translation>Built-in form “{name}”</translation>
    </message>
    <message>
        <source>There is already a form called {name}.</source>
        <translation>There is already a form called {name}.</translation>
    </message>
    <message>
        <source>Form source</source>
        <translation>Form source</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>Name of the new form:</source>
        <translation>Name of the new form:</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Delete form</translation>
    </message>
    <message>
        <source>Delete the form {name}? This cannot be undone.</source>
        <translation>Delete the form {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Revert form</source>
        <translation>Revert form</translation>
    </message>
    <message>
        <source>Undo the shop's changes to this form's design?</source>
        <translation>Undo the shop's changes to this form's design?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this form?</source>
        <translation>Save the changes to this form?</translation>
    </message>
</context>
<context>
    <name>ProductModelDialog</name>
    <message>
        <source>New product model</source>
        <translation>New product model</translation>
    </message>
    <message>
        <source>Edit product model</source>
        <translation>Edit product model</translation>
    </message>
    <message>
        <source>e.g. Gree</source>
        <translation>e.g. Gree</translation>
    </message>
    <message>
        <source>e.g. KFR-35GW</source>
        <translation>e.g. KFR-35GW</translation>
    </message>
    <message>
        <source>e.g. air conditioner</source>
        <translation>e.g. air conditioner</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation>no warranty</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>no maintenance</source>
        <translation>no maintenance</translation>
    </message>
    <message>
        <source>no callback</source>
        <translation>no callback</translation>
    </message>
    <message>
        <source>&amp;Inactive: no longer offered for new sales</source>
        <translation>&amp;Inactive: no longer offered for new sales</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Brand:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation>List &amp;price:</translation>
    </message>
    <message>
        <source>In yuan, e.g. 2999.00; empty when the price varies.</source>
        <translation>In yuan, e.g. 2999.00; empty when the price varies.</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Warranty:</translation>
    </message>
    <message>
        <source>Maintenance &amp;every:</source>
        <translation>Maintenance &amp;every:</translation>
    </message>
    <message>
        <source>C&amp;allback every:</source>
        <translation>C&amp;allback every:</translation>
    </message>
    <message>
        <source>A new sale of this model takes its warranty end and its next maintenance and callback dates from these; each sale can still change them.</source>
        <translation>A new sale of this model takes its warranty end and its next maintenance and callback dates from these; each sale can still change them.</translation>
    </message>
</context>
<context>
    <name>ProductModelsPage</name>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Warranty (mo.)</source>
        <translation>Warranty (mo.)</translation>
    </message>
    <message>
        <source>Maintenance (d)</source>
        <translation>Maintenance (d)</translation>
    </message>
    <message>
        <source>Callback (d)</source>
        <translation>Callback (d)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Warranty in months</source>
        <translation>Warranty in months</translation>
    </message>
    <message>
        <source>Maintenance every so many days from the sale or installation (0: none)</source>
        <translation>Maintenance every so many days from the sale or installation (0: none)</translation>
    </message>
    <message>
        <source>A callback every so many days from the sale or installation (0: none)</source>
        <translation>A callback every so many days from the sale or installation (0: none)</translation>
    </message>
    <message>
        <source>Brand, model or category</source>
        <translation>Brand, model or category</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds a model, Enter or F2 edits it, Del deletes it. A model that purchase records name cannot be deleted: set it inactive and it is no longer offered for new sales.</source>
        <translation>Changes on this tab are saved at once. Ins or Ctrl+N adds a model, Enter or F2 edits it, Del deletes it. A model that purchase records name cannot be deleted: set it inactive and it is no longer offered for new sales.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Delete product model</source>
        <translation>Delete product model</translation>
    </message>
    <message>
        <source>Delete the product model “{name}”?</source>
        <translation>Delete the product model “{name}”?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Product model in use</source>
        <translation>Product model in use</translation>
    </message>
    <message>
        <source>Purchase records name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those records but is no longer offered for new sales.</source>
        <translation>Purchase records name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those records but is no longer offered for new sales.</translation>
    </message>
    <message>
        <source>Set &amp;inactive</source>
        <translation>Set &amp;inactive</translation>
    </message>
</context>
<context>
    <name>PurchaseTexts</name>
    <message>
        <source>In warranty, days left: {n}</source>
        <translation>In warranty, days left: {n}</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>Out of warranty</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Scheduled &amp;printing:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Billing information:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Job &amp;priority:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add (Ins, Ctrl+N)</source>
        <translation>Add (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit (Enter, F2, double-click)</source>
        <translation>Edit (Enter, F2, double-click)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Calls cannot be recorded: the sound library PortAudio is not installed on this PC (on Debian or Ubuntu: apt install libportaudio2).</source>
        <translation>Calls cannot be recorded: the sound library PortAudio is not installed on this PC (on Debian or Ubuntu: apt install libportaudio2).</translation>
    </message>
    <message>
        <source>Calls cannot be recorded: the soundfile package cannot be loaded.</source>
        <translation>Calls cannot be recorded: the soundfile package cannot be loaded.</translation>
    </message>
    <message>
        <source>Calls cannot be recorded: this PC has no sound input (microphone or line in).</source>
        <translation>Calls cannot be recorded: this PC has no sound input (microphone or line in).</translation>
    </message>
    <message>
        <source>The line's sound input could not be opened: is it plugged in and free?</source>
        <translation>The line's sound input could not be opened: is it plugged in and free?</translation>
    </message>
    <message>
        <source>The recording could not be written: is the disk full or read-only?</source>
        <translation>The recording could not be written: is the disk full or read-only?</translation>
    </message>
</context>
<context>
    <name>ReorderColumns</name>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>To buy</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ReorderPage</name>
    <message>
        <source>Export &amp;purchase list…</source>
        <translation>Export &amp;purchase list…</translation>
    </message>
    <message>
        <source>Write the list as a purchase list to Excel</source>
        <translation>Write the list as a purchase list to Excel</translation>
    </message>
    <message>
        <source>Open part &amp;card</source>
        <translation>Open part &amp;card</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Parts below their safety stock or reorder minimum (all stores and technicians counted), to buy up to the reorder maximum.</source>
        <translation>Parts below their safety stock or reorder minimum (all stores and technicians counted), to buy up to the reorder maximum.</translation>
    </message>
    <message>
        <source>{n} parts to reorder, about ¥{amount}.</source>
        <translation>{n} parts to reorder, about ¥{amount}.</translation>
    </message>
    <message>
        <source>No part is below its safety stock or reorder minimum.</source>
        <translation>No part is below its safety stock or reorder minimum.</translation>
    </message>
    <message>
        <source>Export the purchase list</source>
        <translation>Export the purchase list</translation>
    </message>
    <message>
        <source>The purchase list could not be written: {reason}</source>
        <translation>The purchase list could not be written: {reason}</translation>
    </message>
    <message>
        <source>Purchase list written: {n} lines. File: {path}</source>
        <translation>Purchase list written: {n} lines. File: {path}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation>Reset password of {name}</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next sign-in. Resetting also lifts a lock after wrong passwords.</source>
        <translation>{name} must choose a new password at the next sign-in. Resetting also lifts a lock after wrong passwords.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Does service &amp;work: its users are technicians</source>
        <translation>Does service &amp;work: its users are technicians</translation>
    </message>
    <message>
        <source>The users with this role are offered when technicians are assigned to a service order, and their order list starts on their own orders.</source>
        <translation>The users with this role are offered when technicians are assigned to a service order, and their order list starts on their own orders.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the role (Ctrl+S)</source>
        <translation>Save the role (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions:</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Save role</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Choose a name and the permissions, then save.</source>
        <translation>Choose a name and the permissions, then save.</translation>
    </message>
    <message>
        <source>Users with this role: {n}.</source>
        <translation>Users with this role: {n}.</translation>
    </message>
    <message>
        <source>{users} A preset role can be edited but not deleted.</source>
        <translation>{users} A preset role can be edited but not deleted.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;New role</source>
        <translation>&amp;New role</translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation>New role (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>&amp;Delete role</translation>
    </message>
    <message>
        <source>Delete the selected role (Del)</source>
        <translation>Delete the selected role (Del)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>{name} (preset)</source>
        <translation>{name} (preset)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The role has unsaved changes. Save them?</source>
        <translation>The role has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Delete the role '{name}'?</source>
        <translation>Delete the role '{name}'?</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <source>Sale {code} has payments, so it cannot be deleted.</source>
        <translation>Sale {code} has payments, so it cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete purchase record</source>
        <translation>Delete purchase record</translation>
    </message>
    <message>
        <source>Delete purchase record {code} ({customer}, {product})? This cannot be undone.</source>
        <translation>Delete purchase record {code} ({customer}, {product})? This cannot be undone.</translation>
    </message>
    <message>
        <source>Void it instead: it leaves every list and total but stays on record, with its payments. Why is it voided?</source>
        <translation>Void it instead: it leaves every list and total but stays on record, with its payments. Why is it voided?</translation>
    </message>
    <message>
        <source>Void purchase record {code}</source>
        <translation>Void purchase record {code}</translation>
    </message>
</context>
<context>
    <name>SaleColumns</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>Sales unit</translation>
    </message>
    <message>
        <source>Warranty to</source>
        <translation>Warranty to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>SaleConflicts</name>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <source>New purchase record</source>
        <translation>New purchase record</translation>
    </message>
    <message>
        <source>Purchase record {code}</source>
        <translation>Purchase record {code}</translation>
    </message>
    <message>
        <source>This sale was voided: {reason}</source>
        <translation>This sale was voided: {reason}</translation>
    </message>
    <message>
        <source>You may look, but not change sales.</source>
        <translation>You may look, but not change sales.</translation>
    </message>
    <message>
        <source>You may look, but not record sales.</source>
        <translation>You may look, but not record sales.</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Save (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print sales slip…</source>
        <translation>Print sales slip…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the slip of this sale as saved (Ctrl+Alt+P)</source>
        <translation>Preview, print or save as PDF the slip of this sale as saved (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Who bought the product?</source>
        <translation>Who bought the product?</translation>
    </message>
    <message>
        <source>Please choose the customer.</source>
        <translation>Please choose the customer.</translation>
    </message>
</context>
<context>
    <name>SaleFilterBar</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Every sale</source>
        <translation>Every sale</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Owing</translation>
    </message>
    <message>
        <source>Sales with money still owed (Ctrl+Shift+O)</source>
        <translation>Sales with money still owed (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Sales paid in full</source>
        <translation>Sales paid in full</translation>
    </message>
    <message>
        <source>Show every customer's sales</source>
        <translation>Show every customer's sales</translation>
    </message>
    <message>
        <source>Any customer…</source>
        <translation>Any customer…</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>Show &amp;voided</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Sale&amp;sperson:</source>
        <translation>Sale&amp;sperson:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Show one customer's sales (Ctrl+F)</source>
        <translation>Show one customer's sales (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message>
        <source>Quantity × unit price</source>
        <translation>Quantity × unit price</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Customer and product</source>
        <translation>Customer and product</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Product &amp;model:</source>
        <translation>Product &amp;model:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Sales&amp;person:</translation>
    </message>
    <message>
        <source>Sales &amp;unit:</source>
        <translation>Sales &amp;unit:</translation>
    </message>
    <message>
        <source>Amounts (yuan)</source>
        <translation>Amounts (yuan)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Unit pri&amp;ce:</source>
        <translation>Unit pri&amp;ce:</translation>
    </message>
    <message>
        <source>&amp;Receivable:</source>
        <translation>&amp;Receivable:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>Outstanding:</translation>
    </message>
    <message>
        <source>Dates and warranty</source>
        <translation>Dates and warranty</translation>
    </message>
    <message>
        <source>Sale &amp;date:</source>
        <translation>Sale &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Installed on:</source>
        <translation>&amp;Installed on:</translation>
    </message>
    <message>
        <source>&amp;Warranty until:</source>
        <translation>&amp;Warranty until:</translation>
    </message>
    <message>
        <source>Maintenance and callbacks</source>
        <translation>Maintenance and callbacks</translation>
    </message>
    <message>
        <source>Main&amp;tenance every:</source>
        <translation>Main&amp;tenance every:</translation>
    </message>
    <message>
        <source>Next maintenance:</source>
        <translation>Next maintenance:</translation>
    </message>
    <message>
        <source>Call&amp;back every:</source>
        <translation>Call&amp;back every:</translation>
    </message>
    <message>
        <source>Next callback:</source>
        <translation>Next callback:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Field {n}:</source>
        <translation>Field {n}:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>SaleStatsPage</name>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per product model</source>
        <translation>Per product model</translation>
    </message>
    <message>
        <source>Per sales rep</source>
        <translation>Per sales rep</translation>
    </message>
    <message>
        <source>Per sales unit</source>
        <translation>Per sales unit</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>Sales &amp;rep:</translation>
    </message>
    <message>
        <source>Sales &amp;unit:</source>
        <translation>Sales &amp;unit:</translation>
    </message>
    <message>
        <source>Received counts every payment made to date on these sales, refunds subtracted; outstanding = receivable − received.</source>
        <translation>Received counts every payment made to date on these sales, refunds subtracted; outstanding = receivable − received.</translation>
    </message>
    <message>
        <source>All sales reps</source>
        <translation>All sales reps</translation>
    </message>
    <message>
        <source>All sales units</source>
        <translation>All sales units</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>Sales unit</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} sales from {first} to {last}, {owed} outstanding.</source>
        <translation>{n} sales from {first} to {last}, {owed} outstanding.</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No sales in this period.</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Receivable, running total</source>
        <translation>Receivable, running total</translation>
    </message>
    <message>
        <source>Received, running total</source>
        <translation>Received, running total</translation>
    </message>
    <message>
        <source>Purchase statistics</source>
        <translation>Purchase statistics</translation>
    </message>
    <message>
        <source>Export purchase statistics to Excel</source>
        <translation>Export purchase statistics to Excel</translation>
    </message>
</context>
<context>
    <name>SaleTotalsBar</name>
    <message>
        <source>Totals of every sale the filters let through, loaded or not</source>
        <translation>Totals of every sale the filters let through, loaded or not</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Sales:</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <source>Receivable:</source>
        <translation>Receivable:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>Outstanding:</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>&amp;New sale…</source>
        <translation>&amp;New sale…</translation>
    </message>
    <message>
        <source>Record a purchase (Ctrl+N)</source>
        <translation>Record a purchase (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Show the chosen sale, to change it (Enter)</source>
        <translation>Show the chosen sale, to change it (Enter)</translation>
    </message>
    <message>
        <source>Show the chosen sale (Enter)</source>
        <translation>Show the chosen sale (Enter)</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Record money received for the sale (Ctrl+P)</source>
        <translation>Record money received for the sale (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <source>Pay money back to the customer (Ctrl+Shift+P)</source>
        <translation>Pay money back to the customer (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Void / delete…</source>
        <translation>&amp;Void / delete…</translation>
    </message>
    <message>
        <source>Delete the sale, or void it with a reason once money was paid (Del)</source>
        <translation>Delete the sale, or void it with a reason once money was paid (Del)</translation>
    </message>
    <message>
        <source>P&amp;rint sales slip…</source>
        <translation>P&amp;rint sales slip…</translation>
    </message>
    <message>
        <source>Preview and print the chosen sale's slip (Ctrl+Alt+P)</source>
        <translation>Preview and print the chosen sale's slip (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Open &amp;customer</translation>
    </message>
    <message>
        <source>Show the card of the sale's customer (Ctrl+O)</source>
        <translation>Show the card of the sale's customer (Ctrl+O)</translation>
    </message>
    <message>
        <source>Owing only</source>
        <translation>Owing only</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>No sale matches the filters.</source>
        <translation>No sale matches the filters.</translation>
    </message>
    <message>
        <source>No sales yet: record one with New sale (Ctrl+N).</source>
        <translation>No sales yet: record one with New sale (Ctrl+N).</translation>
    </message>
    <message>
        <source>{n}+ shown, newest first; scroll for more.</source>
        <translation>{n}+ shown, newest first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} shown, newest first.</source>
        <translation>{n} shown, newest first.</translation>
    </message>
    <message>
        <source>Sale {code} recorded; the filters hide it.</source>
        <translation>Sale {code} recorded; the filters hide it.</translation>
    </message>
    <message>
        <source>Sale {code} was deleted meanwhile.</source>
        <translation>Sale {code} was deleted meanwhile.</translation>
    </message>
    <message>
        <source>Show the sales of this customer:</source>
        <translation>Show the sales of this customer:</translation>
    </message>
</context>
<context>
    <name>SalesUnitDialog</name>
    <message>
        <source>New sales unit</source>
        <translation>New sales unit</translation>
    </message>
    <message>
        <source>Edit sales unit</source>
        <translation>Edit sales unit</translation>
    </message>
    <message>
        <source>e.g. Downtown store</source>
        <translation>e.g. Downtown store</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Technical lead:</source>
        <translation>&amp;Technical lead:</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>Sales &amp;rep:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
</context>
<context>
    <name>SalesUnitsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Technical lead</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds a sales unit, Enter or F2 edits it, Del deletes it.</source>
        <translation>Changes on this tab are saved at once. Ins or Ctrl+N adds a sales unit, Enter or F2 edits it, Del deletes it.</translation>
    </message>
    <message>
        <source>Delete sales unit</source>
        <translation>Delete sales unit</translation>
    </message>
    <message>
        <source>Delete the sales unit “{name}”? Its purchase records keep everything else; their sales unit becomes empty.</source>
        <translation>Delete the sales unit “{name}”? Its purchase records keep everything else; their sales unit becomes empty.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>ServerUnreachableDialog</name>
    <message>
        <source>Yuntian cannot open its database</source>
        <translation>Yuntian cannot open its database</translation>
    </message>
    <message>
        <source>Retry once the problem is solved, or use Settings to change where this PC looks for the data. The log file in the profile folder has the details.</source>
        <translation>Retry once the problem is solved, or use Settings to change where this PC looks for the data. The log file in the profile folder has the details.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Yuntian cannot open its data file {where}.</source>
        <translation>Yuntian cannot open its data file {where}.</translation>
    </message>
    <message>
        <source>Yuntian cannot open its database {where}.</source>
        <translation>Yuntian cannot open its database {where}.</translation>
    </message>
    <message>
        <source>Looking for the reason…</source>
        <translation>Looking for the reason…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
</context>
<context>
    <name>ServiceOrderActions</name>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Mark {n} order(s) as dispatched without printing their slips?
{codes}</source>
        <translation>Mark {n} order(s) as dispatched without printing their slips?
{codes}</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit {n} order(s)? Audited orders cannot be changed until the audit is taken back.
{codes}</source>
        <translation>Audit {n} order(s)? Audited orders cannot be changed until the audit is taken back.
{codes}</translation>
    </message>
    <message>
        <source>Un-audit</source>
        <translation>Un-audit</translation>
    </message>
    <message>
        <source>Take back the audit of {n} order(s)? They can then be changed again; this is written to the audit trail.
{codes}</source>
        <translation>Take back the audit of {n} order(s)? They can then be changed again; this is written to the audit trail.
{codes}</translation>
    </message>
    <message>
        <source>Delete service order</source>
        <translation>Delete service order</translation>
    </message>
    <message>
        <source>Delete service order {codes} with its history? This cannot be undone.</source>
        <translation>Delete service order {codes} with its history? This cannot be undone.</translation>
    </message>
    <message>
        <source>Cancel service order {code}</source>
        <translation>Cancel service order {code}</translation>
    </message>
    <message>
        <source>{customer}: {fault}

Why is the order cancelled?</source>
        <translation>{customer}: {fault}

Why is the order cancelled?</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ServiceOrderColumns</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>Total fee</translation>
    </message>
</context>
<context>
    <name>ServiceOrderConflicts</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ServiceOrderEditor</name>
    <message>
        <source>New service order</source>
        <translation>New service order</translation>
    </message>
    <message>
        <source>Service order {code} · {state}</source>
        <translation>Service order {code} · {state}</translation>
    </message>
    <message>
        <source>Audited by {user} on {time}: this order can no longer be changed.</source>
        <translation>Audited by {user} on {time}: this order can no longer be changed.</translation>
    </message>
    <message>
        <source>Cancelled by {user} on {time}: {reason}</source>
        <translation>Cancelled by {user} on {time}: {reason}</translation>
    </message>
    <message>
        <source>You may look, but not take service orders.</source>
        <translation>You may look, but not take service orders.</translation>
    </message>
    <message>
        <source>You may look, but not change this order.</source>
        <translation>You may look, but not change this order.</translation>
    </message>
    <message>
        <source>Print dispatch slip…</source>
        <translation>Print dispatch slip…</translation>
    </message>
    <message>
        <source>Save and &amp;print dispatch slip…</source>
        <translation>Save and &amp;print dispatch slip…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>{user}, {time}</source>
        <translation>{user}, {time}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Not bought here…</source>
        <translation>Not bought here…</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>No product</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>SN {serial}</translation>
    </message>
    <message>
        <source>bought {day}</source>
        <translation>bought {day}</translation>
    </message>
    <message>
        <source>Which product? Choose one</source>
        <translation>Which product? Choose one</translation>
    </message>
    <message>
        <source>In this order: {names}</source>
        <translation>In this order: {names}</translation>
    </message>
    <message>
        <source>Who needs the service?</source>
        <translation>Who needs the service?</translation>
    </message>
</context>
<context>
    <name>ServiceOrderFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Show every customer's orders</source>
        <translation>Show every customer's orders</translation>
    </message>
    <message>
        <source>Any customer…</source>
        <translation>Any customer…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technician:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Warranty:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Every order</translation>
    </message>
    <message>
        <source>Appointment passed, not yet completed</source>
        <translation>Appointment passed, not yet completed</translation>
    </message>
    <message>
        <source>Orders now {state}</source>
        <translation>Orders now {state}</translation>
    </message>
    <message>
        <source>Show one customer's orders (Ctrl+F)</source>
        <translation>Show one customer's orders (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ServiceOrderForm</name>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>Set by &amp;hand:</translation>
    </message>
    <message>
        <source>Why (required), e.g. invoice shown</source>
        <translation>Why (required), e.g. invoice shown</translation>
    </message>
    <message>
        <source>What the customer says is wrong</source>
        <translation>What the customer says is wrong</translation>
    </message>
    <message>
        <source>Customer and contact</source>
        <translation>Customer and contact</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Product and warranty</source>
        <translation>Product and warranty</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>Bought on:</source>
        <translation>Bought on:</translation>
    </message>
    <message>
        <source>Leave empty when unknown. It is saved as a purchase record.</source>
        <translation>Leave empty when unknown. It is saved as a purchase record.</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>Warranty:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Fault and dispatch</source>
        <translation>Fault and dispatch</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <source>Priori&amp;ty:</source>
        <translation>Priori&amp;ty:</translation>
    </message>
    <message>
        <source>Service t&amp;ype:</source>
        <translation>Service t&amp;ype:</translation>
    </message>
    <message>
        <source>Appoint&amp;ment:</source>
        <translation>Appoint&amp;ment:</translation>
    </message>
    <message>
        <source>Techni&amp;cians:</source>
        <translation>Techni&amp;cians:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Taken by:</translation>
    </message>
</context>
<context>
    <name>ServiceOrderListModel</name>
    <message>
        <source>Overdue: the appointment has passed</source>
        <translation>Overdue: the appointment has passed</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceOrderTexts</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Audited</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>Out of warranty</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ServiceOrdersPage</name>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <source>Take a service order (Ctrl+N)</source>
        <translation>Take a service order (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Show the chosen order, to change it (Enter)</source>
        <translation>Show the chosen order, to change it (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <source>Mark the chosen pending orders dispatched without printing (Ctrl+D)</source>
        <translation>Mark the chosen pending orders dispatched without printing (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>&amp;Print dispatch slips…</translation>
    </message>
    <message>
        <source>Preview and print the chosen orders' dispatch slips in one job (Ctrl+P)</source>
        <translation>Preview and print the chosen orders' dispatch slips in one job (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>Record what was done, the fees and the feedback (Ctrl+E)</source>
        <translation>Record what was done, the fees and the feedback (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Ca&amp;ncel order…</translation>
    </message>
    <message>
        <source>Cancel the chosen order, with a reason (Ctrl+Shift+X)</source>
        <translation>Cancel the chosen order, with a reason (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Audit the chosen completed orders; they are then locked (Ctrl+Shift+A)</source>
        <translation>Audit the chosen completed orders; they are then locked (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Un-audit</source>
        <translation>&amp;Un-audit</translation>
    </message>
    <message>
        <source>Take back the audit of the chosen orders (Ctrl+Shift+U)</source>
        <translation>Take back the audit of the chosen orders (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete a pending or cancelled order (Del)</source>
        <translation>Delete a pending or cancelled order (Del)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Open c&amp;ustomer</translation>
    </message>
    <message>
        <source>Show the card of the order's customer (Ctrl+O)</source>
        <translation>Show the card of the order's customer (Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>Correct &amp;completion…</source>
        <translation>Correct &amp;completion…</translation>
    </message>
    <message>
        <source>No order matches the filters.</source>
        <translation>No order matches the filters.</translation>
    </message>
    <message>
        <source>No service orders yet: take one with New order (Ctrl+N).</source>
        <translation>No service orders yet: take one with New order (Ctrl+N).</translation>
    </message>
    <message>
        <source>{n}+ shown, newest first; scroll for more.</source>
        <translation>{n}+ shown, newest first; scroll for more.</translation>
    </message>
    <message>
        <source>{n} shown, newest first.</source>
        <translation>{n} shown, newest first.</translation>
    </message>
    <message>
        <source>Order {code} taken; the filters hide it.</source>
        <translation>Order {code} taken; the filters hide it.</translation>
    </message>
    <message>
        <source>Show the orders of this customer:</source>
        <translation>Show the orders of this customer:</translation>
    </message>
</context>
<context>
    <name>ServiceStatsPage</name>
    <message>
        <source>Per state</source>
        <translation>Per state</translation>
    </message>
    <message>
        <source>Per service type</source>
        <translation>Per service type</translation>
    </message>
    <message>
        <source>Per technician</source>
        <translation>Per technician</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <source>Per warranty</source>
        <translation>Per warranty</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>% of orders</source>
        <translation>% of orders</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Fees total</source>
        <translation>Fees total</translation>
    </message>
    <message>
        <source>% of fees</source>
        <translation>% of fees</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fees come from completed and audited orders. An order with two technicians counts for each of them: the total counts every order once.</source>
        <translation>Fees come from completed and audited orders. An order with two technicians counts for each of them: the total counts every order once.</translation>
    </message>
    <message>
        <source>Fees come from completed and audited orders; the shares are of the period's orders and of its fees.</source>
        <translation>Fees come from completed and audited orders; the shares are of the period's orders and of its fees.</translation>
    </message>
    <message>
        <source>{n} service orders from {first} to {last}, {fees} in fees.</source>
        <translation>{n} service orders from {first} to {last}, {fees} in fees.</translation>
    </message>
    <message>
        <source>No service orders in this period.</source>
        <translation>No service orders in this period.</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Export service statistics to Excel</source>
        <translation>Export service statistics to Excel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Discard the callers' details?</source>
        <translation>Discard the callers' details?</translation>
    </message>
    <message numerus="yes">
        <source>%n caller pop-up(s) hold details typed in and not saved. Close them anyway?</source>
        <translation>
            <numerusform>%n caller pop-up(s) hold details typed in and not saved. Close them anyway?</numerusform>
            <numerusform>%n caller pop-up(s) hold details typed in and not saved. Close them anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;This PC</source>
        <translation>&amp;This PC</translation>
    </message>
    <message>
        <source>&amp;Phone lines</source>
        <translation>&amp;Phone lines</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Option lists</source>
        <translation>&amp;Option lists</translation>
    </message>
    <message>
        <source>Product &amp;models</source>
        <translation>Product &amp;models</translation>
    </message>
    <message>
        <source>Sales &amp;units</source>
        <translation>Sales &amp;units</translation>
    </message>
    <message>
        <source>Spare &amp;parts</source>
        <translation>Spare &amp;parts</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>&amp;Custom fields</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>&amp;Numbering</translation>
    </message>
    <message>
        <source>P&amp;rint forms</source>
        <translation>P&amp;rint forms</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Yuntian cannot start</source>
        <translation>Yuntian cannot start</translation>
    </message>
    <message>
        <source>The demo profile {folder} is incomplete: its creation was interrupted. Run 'yuntian demo' for this profile again.</source>
        <translation>The demo profile {folder} is incomplete: its creation was interrupted. Run 'yuntian demo' for this profile again.</translation>
    </message>
</context>
<context>
    <name>StartupDatabaseDialog</name>
    <message>
        <source>Database settings for this PC</source>
        <translation>Database settings for this PC</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {why}</source>
        <translation>The settings could not be written to {path}: {why}</translation>
    </message>
</context>
<context>
    <name>StationCalls</name>
    <message>
        <source>Line {n}</source>
        <translation>Line {n}</translation>
    </message>
</context>
<context>
    <name>StationsStatusWidget</name>
    <message>
        <source>Stations online: {count}</source>
        <translation>Stations online: {count}</translation>
    </message>
    <message>
        <source>{name} ({user})</source>
        <translation>{name} ({user})</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Line {line}: {station}, online</source>
        <translation>Line {line}: {station}, online</translation>
    </message>
    <message>
        <source>Line {line}: {station}, offline</source>
        <translation>Line {line}: {station}, offline</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Write these figures to an Excel workbook (Ctrl+E)</source>
        <translation>Write these figures to an Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The statistics could not be counted: {reason}</source>
        <translation>The statistics could not be counted: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The statistics could not be exported: {reason}</source>
        <translation>The statistics could not be exported: {reason}</translation>
    </message>
    <message>
        <source>Statistics exported: {count} rows. File: {path}</source>
        <translation>Statistics exported: {count} rows. File: {path}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: {place} ({engine})</source>
        <translation>Database: {place} ({engine})</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
</context>
<context>
    <name>StockColumns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Avg. cost</source>
        <translation>Avg. cost</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>Below safety stock: {total} of {safety} at every place</source>
        <translation>Below safety stock: {total} of {safety} at every place</translation>
    </message>
</context>
<context>
    <name>StockFilterBar</name>
    <message>
        <source>Code, name or specification</source>
        <translation>Code, name or specification</translation>
    </message>
    <message>
        <source>&amp;Below safety stock</source>
        <translation>&amp;Below safety stock</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Open part &amp;card</source>
        <translation>Open part &amp;card</translation>
    </message>
    <message>
        <source>Stock per place and movements of the part (Enter)</source>
        <translation>Stock per place and movements of the part (Enter)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Write the stock as filtered to an Excel workbook</source>
        <translation>Write the stock as filtered to an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the stock again (F5)</source>
        <translation>Read the stock again (F5)</translation>
    </message>
    <message>
        <source>No part is in stock.</source>
        <translation>No part is in stock.</translation>
    </message>
    <message>
        <source>No stock matches the filter.</source>
        <translation>No stock matches the filter.</translation>
    </message>
    <message>
        <source>{n}+ rows; scroll for more.</source>
        <translation>{n}+ rows; scroll for more.</translation>
    </message>
    <message>
        <source>{n} rows.</source>
        <translation>{n} rows.</translation>
    </message>
    <message>
        <source>{text}  Total: {quantity} units, value ¥{value}</source>
        <translation>{text}  Total: {quantity} units, value ¥{value}</translation>
    </message>
    <message>
        <source>Parts stock</source>
        <translation>Parts stock</translation>
    </message>
    <message>
        <source>Export the parts stock to Excel</source>
        <translation>Export the parts stock to Excel</translation>
    </message>
    <message>
        <source>Exporting the stock…</source>
        <translation>Exporting the stock…</translation>
    </message>
    <message>
        <source>The stock could not be exported: {reason}</source>
        <translation>The stock could not be exported: {reason}</translation>
    </message>
    <message>
        <source>Rows exported: {count}. File: {path}</source>
        <translation>Rows exported: {count}. File: {path}</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>New stocktake</source>
        <translation>New stocktake</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Count another part: code, barcode or name, Enter</source>
        <translation>Count another part: code, barcode or name, Enter</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Post differences</source>
        <translation>&amp;Post differences</translation>
    </message>
    <message>
        <source>Post what differs from the book as one document (Ctrl+Enter)</source>
        <translation>Post what differs from the book as one document (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the quantity counted; a line left empty is not counted.</source>
        <translation>Type the quantity counted; a line left empty is not counted.</translation>
    </message>
    <message>
        <source>Drop the quantities counted so far and count another place?</source>
        <translation>Drop the quantities counted so far and count another place?</translation>
    </message>
    <message>
        <source>No part in use matches “{text}”.</source>
        <translation>No part in use matches “{text}”.</translation>
    </message>
    <message>
        <source>Nothing differs from the book: nothing was posted.</source>
        <translation>Nothing differs from the book: nothing was posted.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation>Rename store</translation>
    </message>
    <message>
        <source>e.g. Main store</source>
        <translation>e.g. Main store</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>A store that holds parts cannot be set inactive: transfer them first.</source>
        <translation>A store that holds parts cannot be set inactive: transfer them first.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>TakenNote</name>
    <message>
        <source>Taken by {who}</source>
        <translation>Taken by {who}</translation>
    </message>
    <message>
        <source>Call already taken</source>
        <translation>Call already taken</translation>
    </message>
    <message>
        <source>{user} ({station}) has already taken this call. Handle it anyway?</source>
        <translation>{user} ({station}) has already taken this call. Handle it anyway?</translation>
    </message>
</context>
<context>
    <name>ThisPcPage</name>
    <message>
        <source>e.g. 010 or 0755</source>
        <translation>e.g. 010 or 0755</translation>
    </message>
    <message>
        <source>&amp;Local area code:</source>
        <translation>&amp;Local area code:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>The local area code lets Yuntian recognise local landline numbers that arrive without an area code. A language change takes effect the next time Yuntian starts. These settings apply to this PC only.</source>
        <translation>The local area code lets Yuntian recognise local landline numbers that arrive without an area code. A language change takes effect the next time Yuntian starts. These settings apply to this PC only.</translation>
    </message>
</context>
<context>
    <name>TypedTextWindow</name>
    <message>
        <source>What you typed</source>
        <translation>What you typed</translation>
    </message>
    <message>
        <source>The form shows the record as stored now. Copy what you need from here.</source>
        <translation>The form shows the record as stored now. Copy what you need from here.</translation>
    </message>
</context>
<context>
    <name>UsedParts</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Taken from</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Avg. cost</source>
        <translation>Avg. cost</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user {name}</source>
        <translation>Edit user {name}</translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation>Active: may sign in</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangsan</source>
        <translation>used to sign in, e.g. zhangsan</translation>
    </message>
    <message>
        <source>shown in records, e.g. 张三</source>
        <translation>shown in records, e.g. 张三</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The new user must choose their own password at first sign-in.</source>
        <translation>The new user must choose their own password at first sign-in.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Roles and permissions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Create a user account (Ctrl+N)</source>
        <translation>Create a user account (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change name, roles or active state (Enter)</source>
        <translation>Change name, roles or active state (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lift the lock after too many wrong passwords</source>
        <translation>Lift the lock after too many wrong passwords</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>E&amp;nable</translation>
    </message>
    <message>
        <source>Allow this user to sign in again</source>
        <translation>Allow this user to sign in again</translation>
    </message>
    <message>
        <source>Stop this user from signing in</source>
        <translation>Stop this user from signing in</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>
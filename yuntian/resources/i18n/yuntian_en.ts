<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>{what} was not found.</source>
        <translation>{what} was not found.</translation>
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
        <source>Reminder lead days must be between 0 and 365.</source>
        <translation>Reminder lead days must be between 0 and 365.</translation>
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
        <source>At least one active user must keep the permission to manage users.</source>
        <translation>At least one active user must keep the permission to manage users.</translation>
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
</TS>
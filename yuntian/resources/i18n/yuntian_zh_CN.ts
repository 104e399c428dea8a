<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Enumerations</name>
    <message>
        <source>Service types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission &apos;{permission}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder lead days must be between 0 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prefix has at most 8 letters, digits, Chinese characters, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date pattern &apos;{pattern}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence must have between 2 and 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must look like 010 or 0755 (or be left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;{language}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a name of 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, Chinese characters, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a role named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset role can be edited but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &apos;{name}&apos; still has users; take them out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active user must keep the permission to manage users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yuntian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Rename customer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete call log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and edit messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process complaints and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit and un-audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage spare parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage customer points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

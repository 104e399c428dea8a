<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User's roles changed</source>
        <translation>修改用户角色</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>添加列表选项</translation>
    </message>
    <message>
        <source>List entry renamed</source>
        <translation>重命名列表选项</translation>
    </message>
    <message>
        <source>List entry removed</source>
        <translation>删除列表选项</translation>
    </message>
    <message>
        <source>General settings changed</source>
        <translation>修改常规设置</translation>
    </message>
    <message>
        <source>Custom field labels changed</source>
        <translation>修改自定义字段名称</translation>
    </message>
    <message>
        <source>Numbering rule changed</source>
        <translation>修改编码规则</translation>
    </message>
    <message>
        <source>First-run setup completed</source>
        <translation>完成首次设置</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Any user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时间段</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the audit trail (F5)</source>
        <translation>重新加载操作日志（F5）</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Entries shown: {n}; scroll down for older ones.</source>
        <translation>已显示 {n} 条，向下滚动可查看更早的记录。</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>已于 {time} 备份</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>上次备份：{time}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>{name}, you signed in with a temporary password. Choose your own password to continue.</source>
        <translation>{name}，您使用的是临时密码登录。请设置您自己的密码后继续。</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}).</source>
        <translation>当前登录：{name}（{user}）。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>At least 6 characters.</source>
        <translation>至少 6 个字符。</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <source>Purchase records have five extra fields for whatever your trade needs to note: a car dealer may call them Engine number and Frame number, a computer shop Disk ID. Name them here; leave a label empty if you do not need the field.</source>
        <translation>销售记录有五个附加字段，可用来登记本行业需要记录的内容：例如汽车经销商可命名为“发动机号”和“车架号”，电脑店可命名为“硬盘编号”。请在此为字段命名；不需要的字段留空即可。</translation>
    </message>
    <message>
        <source>Field &amp;{number}:</source>
        <translation>字段 &amp;{number}：</translation>
    </message>
</context>
<context>
    <name>Enumerations</name>
    <message>
        <source>Service types</source>
        <translation>售后服务类型</translation>
    </message>
    <message>
        <source>Callback methods</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Callback purposes</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Customer feedback options</source>
        <translation>回访客户反馈意见</translation>
    </message>
    <message>
        <source>Scrap types</source>
        <translation>备件报废类型</translation>
    </message>
    <message>
        <source>Scrap handlers</source>
        <translation>备件入库报废经办人</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>售后服务单</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>投诉/建议</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访记录</translation>
    </message>
</context>
<context>
    <name>EnumerationsPage</name>
    <message>
        <source>Name of the new entry</source>
        <translation>新选项的名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an entry (Ins, Ctrl+N)</source>
        <translation>添加选项（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the entry (F2, double-click)</source>
        <translation>重命名选项（F2 或双击）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the entry (Del)</source>
        <translation>删除选项（Del）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the entry up (Ctrl+Up)</source>
        <translation>上移选项（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move the entry down (Ctrl+Down)</source>
        <translation>下移选项（Ctrl+Down）</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds an entry, F2 renames it, Del removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>本页的修改会立即保存。Ins 或 Ctrl+N 添加选项，F2 重命名，Del 删除，Ctrl+Up 和 Ctrl+Down 上移或下移。</translation>
    </message>
    <message>
        <source>&amp;Entries of {list}:</source>
        <translation>{list}的选项(&amp;E)：</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Remove “{name}” from {list}?</source>
        <translation>要从{list}中删除“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>此密码太容易被猜到。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation>无法完成此操作。</translation>
    </message>
    <message>
        <source>You do not have the permission '{permission}'.</source>
        <translation>您没有“{permission}”权限。</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted on another PC.</source>
        <translation>该记录已不存在，可能已在其他电脑上被删除。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>密码错误次数过多，此账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <source>Reminder lead days must be between 0 and 365.</source>
        <translation>提醒提前天数必须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>A prefix has at most 8 letters, digits, Chinese characters, - or _.</source>
        <translation>前缀最多 8 个字符，只能包含字母、数字、汉字、- 或 _。</translation>
    </message>
    <message>
        <source>Unknown date pattern '{pattern}'.</source>
        <translation>未知的日期格式“{pattern}”。</translation>
    </message>
    <message>
        <source>The sequence must have between 2 and 8 digits.</source>
        <translation>流水号必须为 2 到 8 位。</translation>
    </message>
    <message>
        <source>The area code must look like 010 or 0755 (or be left empty).</source>
        <translation>区号应形如 010 或 0755（也可以留空）。</translation>
    </message>
    <message>
        <source>Unknown language '{language}'.</source>
        <translation>未知的语言“{language}”。</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been removed.</source>
        <translation>该选项已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>An entry needs a name of 1 to 64 characters.</source>
        <translation>选项名称须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>'{name}' is already in this list.</source>
        <translation>此列表中已有“{name}”。</translation>
    </message>
    <message>
        <source>This profile is already set up.</source>
        <translation>此配置档案已完成设置。</translation>
    </message>
    <message>
        <source>Please enter the shop's name.</source>
        <translation>请输入店名。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, Chinese characters, '.', '_' or '-'.</source>
        <translation>用户名须为 2 到 32 个字符，只能包含字母、数字、汉字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>The user name '{name}' is already taken.</source>
        <translation>用户名“{name}”已被使用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>请输入角色名称。</translation>
    </message>
    <message>
        <source>Unknown permission: {codes}.</source>
        <translation>未知的权限：{codes}。</translation>
    </message>
    <message>
        <source>There is already a role named '{name}'.</source>
        <translation>已存在名为“{name}”的角色。</translation>
    </message>
    <message>
        <source>A preset role can be edited but not deleted.</source>
        <translation>预置角色可以编辑，但不能删除。</translation>
    </message>
    <message>
        <source>The role '{name}' still has users; take them out first.</source>
        <translation>角色“{name}”仍有用户在使用，请先将这些用户移出该角色。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>This role no longer exists; it may have been deleted.</source>
        <translation>该角色已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>每个用户至少需要一个角色。</translation>
    </message>
    <message>
        <source>At least one active user must keep the permission to manage users.</source>
        <translation>至少须有一个已启用的用户保留管理用户的权限。</translation>
    </message>
    <message>
        <source>This text is too long: at most {n} characters.</source>
        <translation>文本过长：最多 {n} 个字符。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Yuntian — first-time set-up</source>
        <translation>云天 — 首次设置</translation>
    </message>
    <message>
        <source>Welcome to Yuntian</source>
        <translation>欢迎使用云天售后服务管理系统</translation>
    </message>
    <message>
        <source>Set up this shop before the first sign-in. Everything here can be changed later in Settings.</source>
        <translation>首次登录前请先设置本店信息。这里的所有内容以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. 云天家电维修部</source>
        <translation>例如：云天家电维修部</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>店名：</translation>
    </message>
    <message>
        <source>Local area code:</source>
        <translation>本地区号：</translation>
    </message>
    <message>
        <source>The area code of the shop's landlines, e.g. 010 or 0755.</source>
        <translation>本店固定电话的区号，例如 010 或 0755。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>At least 6 characters. You sign in with it in a moment.</source>
        <translation>至少 6 个字符。稍后用它登录。</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Finish set-up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Shop name:</source>
        <translation>店名(&amp;S)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Reminder lead days:</source>
        <translation>提醒提前天数(&amp;R)：</translation>
    </message>
    <message>
        <source>At start-up everyone sees the maintenance and callback reminders due within this many days. These settings are stored in the database and shared by every PC that uses it.</source>
        <translation>启动时，所有用户都会看到在此天数内到期的保养和回访提醒。这些设置保存在数据库中，由使用该数据库的所有电脑共用。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>在用用户</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source>Choose an area on the left, or press Ctrl+1 to Ctrl+9. F5 shows the latest figures.</source>
        <translation>在左侧选择功能区，或按 Ctrl+1 至 Ctrl+9 切换。按 F5 刷新数据。</translation>
    </message>
    <message>
        <source>Yuntian</source>
        <translation>云天</translation>
    </message>
    <message>
        <source>Good morning, {name}.</source>
        <translation>{name}，上午好。</translation>
    </message>
    <message>
        <source>Good afternoon, {name}.</source>
        <translation>{name}，下午好。</translation>
    </message>
    <message>
        <source>Good evening, {name}.</source>
        <translation>{name}，晚上好。</translation>
    </message>
    <message>
        <source>{place} ({engine})</source>
        <translation>{place}（{engine}）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Made with the database server's own tools</source>
        <translation>由数据库服务器自带工具备份</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>无法读取统计数据：{reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Yuntian</source>
        <translation>云天</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager</source>
        <translation>云天售后服务管理系统</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Demo logins: click one to fill in the form, double-click to sign in.</source>
        <translation>演示账号：单击填入，双击直接登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This area could not be opened: {reason}</source>
        <translation>无法打开此功能区：{reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>系统设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yuntian</source>
        <translation>关于云天(&amp;A)</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager — {shop}</source>
        <translation>云天售后服务管理系统 — {shop}</translation>
    </message>
    <message>
        <source>Yuntian After-Sales Service Manager</source>
        <translation>云天售后服务管理系统</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yuntian {version}&lt;/h3&gt;&lt;p&gt;云天售后服务管理系统: caller ID, customers and after-sales service for small service shops.&lt;/p&gt;&lt;p&gt;Shop: {shop}&lt;br&gt;Database: {database}&lt;br&gt;Profile: {profile}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;云天 {version}&lt;/h3&gt;&lt;p&gt;云天售后服务管理系统：为小型服务店提供来电显示、客户资料和售后服务管理。&lt;/p&gt;&lt;p&gt;店名：{shop}&lt;br&gt;数据库：{database}&lt;br&gt;配置档案：{profile}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Yuntian</source>
        <translation>关于云天</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yuntian</source>
        <translation>云天</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>A document number is the prefix, then the date in the chosen pattern, then a sequence number with the given digits: prefix SH, pattern YYYYMMDD and 4 digits give SH202611270001. Numbers already given keep their codes; a changed rule starts its own sequence.</source>
        <translation>单据编号依次由前缀、按所选格式的日期和指定位数的流水号组成：前缀 SH、日期格式 YYYYMMDD、4 位流水号，得到 SH202611270001。已生成的编号保持不变；规则修改后将重新开始编流水号。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Users &amp; roles</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>PermissionGroups</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calls &amp; messages</source>
        <translation>来电与留言</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Sales &amp; service</source>
        <translation>销售与售后</translation>
    </message>
    <message>
        <source>Audit &amp; statistics</source>
        <translation>审核与统计</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Rename customer groups</source>
        <translation>重命名客户组</translation>
    </message>
    <message>
        <source>Delete customer groups</source>
        <translation>删除客户组</translation>
    </message>
    <message>
        <source>Add and edit customers</source>
        <translation>新增和修改客户资料</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户资料</translation>
    </message>
    <message>
        <source>Delete call log entries</source>
        <translation>删除来电记录</translation>
    </message>
    <message>
        <source>Import and export data</source>
        <translation>导入和导出数据</translation>
    </message>
    <message>
        <source>Add and edit messages</source>
        <translation>新增和修改留言</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>删除留言</translation>
    </message>
    <message>
        <source>Edit records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Manage memos</source>
        <translation>管理备忘录</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Process sales</source>
        <translation>处理销售记录</translation>
    </message>
    <message>
        <source>Process service orders</source>
        <translation>处理售后服务单</translation>
    </message>
    <message>
        <source>Process complaints and suggestions</source>
        <translation>处理投诉/建议</translation>
    </message>
    <message>
        <source>Process callbacks</source>
        <translation>处理回访</translation>
    </message>
    <message>
        <source>Audit and un-audit records</source>
        <translation>审核和取消审核单据</translation>
    </message>
    <message>
        <source>Manage spare parts</source>
        <translation>管理维修备件</translation>
    </message>
    <message>
        <source>View statistics</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <source>Manage customer points</source>
        <translation>管理客户积分</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>管理用户和角色</translation>
    </message>
</context>
<context>
    <name>PhoneLines</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <source>in call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>PhoneLinesWidget</name>
    <message>
        <source>No phone lines configured</source>
        <translation>未配置电话线路</translation>
    </message>
    <message>
        <source>Line {line}: {state}</source>
        <translation>线路{line}：{state}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next sign-in. Resetting also lifts a lock after wrong passwords.</source>
        <translation>{name}下次登录时必须设置新密码。重置密码还会解除因密码错误造成的锁定。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the role (Ctrl+S)</source>
        <translation>保存角色（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Choose a name and the permissions, then save.</source>
        <translation>请填写名称并勾选权限，然后保存。</translation>
    </message>
    <message>
        <source>Users with this role: {n}.</source>
        <translation>拥有此角色的用户：{n} 个。</translation>
    </message>
    <message>
        <source>{users} A preset role can be edited but not deleted.</source>
        <translation>{users}预置角色可以编辑，但不能删除。</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>&amp;New role</source>
        <translation>新建角色(&amp;N)</translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation>新建角色（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected role (Del)</source>
        <translation>删除所选角色（Del）</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>{name} (preset)</source>
        <translation>{name}（预置）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The role has unsaved changes. Save them?</source>
        <translation>该角色有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Delete the role '{name}'?</source>
        <translation>确定要删除角色“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;This PC</source>
        <translation>本机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Option lists</source>
        <translation>选项列表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>自定义字段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>自定义编码(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Yuntian cannot start</source>
        <translation>云天无法启动</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: {place} ({engine})</source>
        <translation>数据库：{place}（{engine}）</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name}（{roles}）</translation>
    </message>
</context>
<context>
    <name>ThisPcPage</name>
    <message>
        <source>e.g. 010 or 0755</source>
        <translation>例如：010 或 0755</translation>
    </message>
    <message>
        <source>&amp;Local area code:</source>
        <translation>本地区号(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>The local area code lets Yuntian recognise local landline numbers that arrive without an area code. A language change takes effect the next time Yuntian starts. These settings apply to this PC only.</source>
        <translation>设置本地区号后，云天可以识别不带区号的本地固定电话号码。更改语言后，下次启动云天时生效。这些设置仅对本机有效。</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation>启用（允许登录）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangsan</source>
        <translation>登录时使用，例如：zhangsan</translation>
    </message>
    <message>
        <source>shown in records, e.g. 张三</source>
        <translation>在单据中显示，例如：张三</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The new user must choose their own password at first sign-in.</source>
        <translation>新用户首次登录时必须设置自己的密码。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>角色和权限</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a user account (Ctrl+N)</source>
        <translation>新建用户账号（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change name, roles or active state (Enter)</source>
        <translation>修改显示名称、角色或启用状态（Enter）</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Lift the lock after too many wrong passwords</source>
        <translation>解除因密码错误次数过多造成的锁定</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>Allow this user to sign in again</source>
        <translation>允许此用户重新登录</translation>
    </message>
    <message>
        <source>Stop this user from signing in</source>
        <translation>禁止此用户登录</translation>
    </message>
</context>
</TS>
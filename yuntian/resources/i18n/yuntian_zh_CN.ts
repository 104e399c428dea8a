<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressRow</name>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street, building, room</source>
        <translation>街道地址、楼栋、房间号</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>删除此地址</translation>
    </message>
</context>
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
        <source>User&apos;s name changed</source>
        <translation>用户名称已修改</translation>
    </message>
    <message>
        <source>User&apos;s roles changed</source>
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
        <source>List entry moved</source>
        <translation>列表项已移动</translation>
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
        <source>This PC&apos;s settings changed</source>
        <translation>本机设置已修改</translation>
    </message>
    <message>
        <source>This PC&apos;s database changed</source>
        <translation>本机数据库设置已更改</translation>
    </message>
    <message>
        <source>Phone lines and devices changed</source>
        <translation>电话线路和设备已修改</translation>
    </message>
    <message>
        <source>First-run setup completed</source>
        <translation>完成首次设置</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Phone number added to a customer</source>
        <translation>为客户添加电话号码</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Customer blacklisted</source>
        <translation>客户列入黑名单</translation>
    </message>
    <message>
        <source>Customer taken off the blacklist</source>
        <translation>客户移出黑名单</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Customer group created</source>
        <translation>新建客户组</translation>
    </message>
    <message>
        <source>Customers moved to a group</source>
        <translation>客户移入客户组</translation>
    </message>
    <message>
        <source>Customer group renamed</source>
        <translation>重命名客户组</translation>
    </message>
    <message>
        <source>Customer group deleted</source>
        <translation>删除客户组</translation>
    </message>
    <message>
        <source>Purchase intention added</source>
        <translation>添加购买意向</translation>
    </message>
    <message>
        <source>Purchase intention edited</source>
        <translation>修改购买意向</translation>
    </message>
    <message>
        <source>Purchase intention deleted</source>
        <translation>删除购买意向</translation>
    </message>
    <message>
        <source>Memo added</source>
        <translation>添加备忘录</translation>
    </message>
    <message>
        <source>Memo edited</source>
        <translation>修改备忘录</translation>
    </message>
    <message>
        <source>Memo deleted</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <source>Call filed under a customer</source>
        <translation>来电归入客户</translation>
    </message>
    <message>
        <source>Calls deleted from the log</source>
        <translation>删除来电日志</translation>
    </message>
    <message>
        <source>Call log exported</source>
        <translation>导出来电日志</translation>
    </message>
    <message>
        <source>Parts stock exported</source>
        <translation>备件库存已导出</translation>
    </message>
    <message>
        <source>Purchase list exported</source>
        <translation>采购单已导出</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>新建留言</translation>
    </message>
    <message>
        <source>Message edited</source>
        <translation>修改留言</translation>
    </message>
    <message>
        <source>Messages marked handled</source>
        <translation>留言标记为已处理</translation>
    </message>
    <message>
        <source>Messages opened again</source>
        <translation>留言重新标记为未处理</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>删除留言</translation>
    </message>
    <message>
        <source>Sales statistics exported</source>
        <translation>导出销售统计</translation>
    </message>
    <message>
        <source>Service statistics exported</source>
        <translation>导出售后统计</translation>
    </message>
    <message>
        <source>Parts statistics exported</source>
        <translation>备件统计已导出</translation>
    </message>
    <message>
        <source>Product model saved</source>
        <translation>保存商品型号</translation>
    </message>
    <message>
        <source>Product model deleted</source>
        <translation>删除商品型号</translation>
    </message>
    <message>
        <source>Sales unit saved</source>
        <translation>保存销售单位</translation>
    </message>
    <message>
        <source>Sales unit deleted</source>
        <translation>删除销售单位</translation>
    </message>
    <message>
        <source>Parts document posted</source>
        <translation>备件单据过账</translation>
    </message>
    <message>
        <source>Parts document note changed</source>
        <translation>备件单据备注修改</translation>
    </message>
    <message>
        <source>Parts document audited</source>
        <translation>备件单据审核</translation>
    </message>
    <message>
        <source>Parts document un-audited</source>
        <translation>备件单据取消审核</translation>
    </message>
    <message>
        <source>Spare part created</source>
        <translation>维修备件已新建</translation>
    </message>
    <message>
        <source>Spare part changed</source>
        <translation>维修备件已修改</translation>
    </message>
    <message>
        <source>Spare part set inactive</source>
        <translation>维修备件已停用</translation>
    </message>
    <message>
        <source>Spare part in use again</source>
        <translation>维修备件已重新启用</translation>
    </message>
    <message>
        <source>Spare part deleted</source>
        <translation>维修备件已删除</translation>
    </message>
    <message>
        <source>Spare parts imported</source>
        <translation>维修备件已导入</translation>
    </message>
    <message>
        <source>Spare parts exported</source>
        <translation>维修备件已导出</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>仓库已新建</translation>
    </message>
    <message>
        <source>Store renamed</source>
        <translation>仓库已重命名</translation>
    </message>
    <message>
        <source>Store set inactive</source>
        <translation>仓库已停用</translation>
    </message>
    <message>
        <source>Store in use again</source>
        <translation>仓库已重新启用</translation>
    </message>
    <message>
        <source>Stores reordered</source>
        <translation>仓库已排序</translation>
    </message>
    <message>
        <source>Spare parts settings saved</source>
        <translation>备件设置已保存</translation>
    </message>
    <message>
        <source>Sale recorded</source>
        <translation>登记购机记录</translation>
    </message>
    <message>
        <source>Sale edited</source>
        <translation>修改购机记录</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>作废购机记录</translation>
    </message>
    <message>
        <source>Sale deleted</source>
        <translation>删除购机记录</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <source>Print form saved</source>
        <translation>保存打印格式</translation>
    </message>
    <message>
        <source>Print form deleted</source>
        <translation>删除打印格式</translation>
    </message>
    <message>
        <source>Print form reverted</source>
        <translation>恢复打印格式</translation>
    </message>
    <message>
        <source>Default print form chosen</source>
        <translation>设置默认打印格式</translation>
    </message>
    <message>
        <source>Service order taken</source>
        <translation>受理售后服务单</translation>
    </message>
    <message>
        <source>Service order edited</source>
        <translation>修改售后服务单</translation>
    </message>
    <message>
        <source>Service order dispatched</source>
        <translation>出单派工</translation>
    </message>
    <message>
        <source>Service order completed</source>
        <translation>售后完成</translation>
    </message>
    <message>
        <source>Service order cancelled</source>
        <translation>取消售后服务单</translation>
    </message>
    <message>
        <source>Service order audited</source>
        <translation>审核售后服务单</translation>
    </message>
    <message>
        <source>Service order un-audited</source>
        <translation>取消审核售后服务单</translation>
    </message>
    <message>
        <source>Service order deleted</source>
        <translation>删除售后服务单</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Permissions added</source>
        <translation>增加权限</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电记录数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date part</source>
        <translation>日期部分</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>Record numbers</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>线路数</translation>
    </message>
    <message>
        <source>Local area code</source>
        <translation>本地区号</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期日</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言数</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Reminder lead days</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <source>Permissions removed</source>
        <translation>取消权限</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>冲销原单</translation>
    </message>
    <message>
        <source>Does service work</source>
        <translation>从事售后服务</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购机记录</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>无此用户</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Valid rows only</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>全部导入或全不导入</translation>
    </message>
    <message>
        <source>Stock-in</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Issue to a technician</source>
        <translation>领用出库单</translation>
    </message>
    <message>
        <source>Return to the store</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Used on a service order</source>
        <translation>维修消耗</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废单</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} 条来电记录</translation>
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
        <source>Database damaged: backup not kept</source>
        <translation>数据库已损坏：未保留本次备份</translation>
    </message>
    <message>
        <source>No automatic backup on this PC</source>
        <translation>本机不自动备份</translation>
    </message>
    <message>
        <source>The database server&apos;s client tools are not installed on this PC: the daily backup is made on the PCs that have them.</source>
        <translation>本机未安装数据库服务器的客户端工具：每日备份由装有这些工具的电脑完成。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>上次备份：{time}</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({problem}), so this backup was not kept; the earlier backups are kept as they were. Run &apos;yuntian db check&apos;, or restore a good backup.</source>
        <translation>数据库 {file} 已损坏（{problem}），本次备份未保留；之前的备份保持不变。请运行“yuntian db check”，或恢复一份完好的备份。</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>The database is busy: calls are kept and will be stored shortly.</source>
        <translation>数据库正忙：来电已暂存，稍后自动保存。</translation>
    </message>
    <message>
        <source>The calls kept meanwhile are stored.</source>
        <translation>暂存的来电已保存。</translation>
    </message>
    <message>
        <source>Whose number is {number}? Find the customer:</source>
        <translation>号码 {number} 属于哪位客户？请查找：</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>All lines</source>
        <translation>全部线路</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>线路 {n}</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>呼入和呼出</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation>仅未接(&amp;M)</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>号码中的数字</translation>
    </message>
    <message>
        <source>Calls whose number contains these digits (at least {n}; Ctrl+F)</source>
        <translation>号码中含有这些数字的来电（至少 {n} 位；Ctrl+F）</translation>
    </message>
    <message>
        <source>Show every customer&apos;s calls</source>
        <translation>显示所有客户的来电</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Type at least {n} digits</source>
        <translation>请至少输入 {n} 位数字</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
</context>
<context>
    <name>CallLogExport</name>
    <message>
        <source>Export the call log to Excel</source>
        <translation>导出来电日志到 Excel</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>来电日志</translation>
    </message>
    <message>
        <source>Exporting calls…</source>
        <translation>正在导出来电…</translation>
    </message>
    <message>
        <source>The calls could not be exported: {reason}</source>
        <translation>来电未能导出：{reason}</translation>
    </message>
    <message>
        <source>Calls exported: {count}. File: {path}</source>
        <translation>已导出来电：{count} 条。文件：{path}</translation>
    </message>
</context>
<context>
    <name>CallLogPage</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Show the caller&apos;s card; an unknown number can become a new customer (Enter)</source>
        <translation>显示来电客户的资料卡；陌生号码可录入为新客户（Enter）</translation>
    </message>
    <message>
        <source>Call &amp;back</source>
        <translation>回拨(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the number to the clipboard, to dial it on the phone (Ctrl+B)</source>
        <translation>把号码复制到剪贴板，以便在电话上拨打（Ctrl+B）</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>播放录音(&amp;P)</translation>
    </message>
    <message>
        <source>Play the call&apos;s recording (Ctrl+P)</source>
        <translation>播放这个来电的录音（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen calls from the log (Del)</source>
        <translation>从日志中删除选中的来电（Del）</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the log as filtered to an Excel workbook</source>
        <translation>把筛选后的日志写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>查找号码</translation>
    </message>
    <message>
        <source>No call matches the filters.</source>
        <translation>没有符合筛选条件的来电。</translation>
    </message>
    <message>
        <source>No calls yet. Calls appear here as the phone lines report them.</source>
        <translation>还没有来电。电话线路报告的来电会显示在这里。</translation>
    </message>
    <message>
        <source>{n}+ calls, newest first; scroll for more.</source>
        <translation>{n}+ 条来电，最新的在前；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} calls, newest first.</source>
        <translation>{n} 条来电，最新的在前。</translation>
    </message>
    <message>
        <source>{text} New calls came in: scroll to the top to see them.</source>
        <translation>{text} 有新来电：滚动到顶部查看。</translation>
    </message>
    <message>
        <source>The caller&apos;s number was not sent: there is no customer to open.</source>
        <translation>来电未显示号码：没有可打开的客户。</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>没有客户使用号码 {number}。</translation>
    </message>
    <message>
        <source>{number} copied to the clipboard: dial it on the phone.</source>
        <translation>{number} 已复制到剪贴板：请在电话上拨打。</translation>
    </message>
    <message>
        <source>The recording is missing: {path}</source>
        <translation>录音文件不存在：{path}</translation>
    </message>
    <message>
        <source>No program is set up to play {path}</source>
        <translation>没有设置可以播放 {path} 的程序</translation>
    </message>
    <message>
        <source>Calls deleted: {n}</source>
        <translation>已删除来电：{n} 条</translation>
    </message>
    <message>
        <source>{name} entered with the number {number}.</source>
        <translation>已录入{name}，号码 {number}。</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>陌生号码</translation>
    </message>
    <message>
        <source>No customer has the number {number}. Enter a new customer with it?</source>
        <translation>没有客户使用号码 {number}。要用它录入新客户吗？</translation>
    </message>
    <message>
        <source>Delete calls</source>
        <translation>删除来电</translation>
    </message>
    <message>
        <source>Delete {n} calls from the log? Their recordings are deleted too.</source>
        <translation>从日志中删除 {n} 条来电？其录音也会一并删除。</translation>
    </message>
</context>
<context>
    <name>CallRecording</name>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>线路 {line}：{reason}</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>录音(&amp;R)</translation>
    </message>
    <message>
        <source>This line has no sound input to record from (Settings › Phone lines).</source>
        <translation>此线路没有设置录音用的声音输入（设置 › 电话线路）。</translation>
    </message>
    <message>
        <source>Recording: click to stop (Ctrl+R)</source>
        <translation>正在录音：点击停止（Ctrl+R）</translation>
    </message>
    <message>
        <source>Record this call (Ctrl+R)</source>
        <translation>为本次通话录音（Ctrl+R）</translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>号码不可用</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>线路 {n}</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>拨号中</translation>
    </message>
    <message>
        <source>Ended, duration unknown</source>
        <translation>已挂断（时长未知）</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已挂断</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>有录音</translation>
    </message>
    <message>
        <source>Rang: {time}</source>
        <translation>来电：{time}</translation>
    </message>
    <message>
        <source>Answered: {time}</source>
        <translation>接听：{time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>结束：{time}</translation>
    </message>
    <message>
        <source>{n} customers had this number when it called</source>
        <translation>来电时有 {n} 个客户使用这个号码</translation>
    </message>
    <message>
        <source>No customer had this number when it called</source>
        <translation>来电时没有客户使用这个号码</translation>
    </message>
    <message>
        <source>Taken by {who} at {time}</source>
        <translation>{time} 由 {who} 接听</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Name sent</source>
        <translation>来电名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>接线员</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
</context>
<context>
    <name>CallerPopup</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Leave &amp;message</source>
        <translation>留言(&amp;M)</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>回款(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Service order</source>
        <translation>报修(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Take call</source>
        <translation>我来处理(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>固定(&amp;P)</translation>
    </message>
    <message>
        <source>Keep this window open after the call (Ctrl+P)</source>
        <translation>通话结束后保留此窗口 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Call on {line}</source>
        <translation>{line} 来电</translation>
    </message>
    <message>
        <source>Discard the caller&apos;s details?</source>
        <translation>放弃来电人资料？</translation>
    </message>
    <message>
        <source>The details typed in for {number} are not saved yet. Discard them?</source>
        <translation>为 {number} 输入的资料尚未保存，确定放弃吗？</translation>
    </message>
    <message>
        <source>this caller</source>
        <translation>此来电人</translation>
    </message>
    <message>
        <source>The customer cannot be looked up now: the database server cannot be reached. The call is kept and stored once it is back.</source>
        <translation>暂时无法查询客户：无法连接数据库服务器。本次来电已保留，连接恢复后自动记入来电日志。</translation>
    </message>
    <message>
        <source>New caller</source>
        <translation>陌生来电</translation>
    </message>
    <message>
        <source>Not looked up</source>
        <translation>未能查询</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>号码隐藏</translation>
    </message>
    <message>
        <source>Number unavailable</source>
        <translation>号码不可用</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>匿名来电</translation>
    </message>
    <message>
        <source>No caller ID</source>
        <translation>无来电号码</translation>
    </message>
    <message>
        <source>Caller ID name: {name}</source>
        <translation>来电名称：{name}</translation>
    </message>
    <message>
        <source>Blacklisted caller: {name}</source>
        <translation>黑名单来电：{name}</translation>
    </message>
</context>
<context>
    <name>CallerSnapshots</name>
    <message>
        <source>Line {n}</source>
        <translation>线路 {n}</translation>
    </message>
    <message>
        <source>Front desk {n}</source>
        <translation>前台 {n}</translation>
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
    <name>ColumnsModel</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Correct completion — {code}</source>
        <translation>更正完成记录 — {code}</translation>
    </message>
    <message>
        <source>Complete service order — {code}</source>
        <translation>售后完成 — {code}</translation>
    </message>
    <message>
        <source>Required: what was done, e.g. replaced the capacitor</source>
        <translation>必填：做了什么，例如：更换电容</translation>
    </message>
    <message>
        <source>Required, e.g. repaired and working</source>
        <translation>必填，例如：已修复，试机正常</translation>
    </message>
    <message>
        <source>Hours, e.g. 1.5 for an hour and a half</source>
        <translation>小时数，例如 1.5 表示一个半小时</translation>
    </message>
    <message>
        <source>Tick who did the work</source>
        <translation>勾选实际完成维修的人员</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>处理情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation>解决方案(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Technicians:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Parts fee:</source>
        <translation>材料费(&amp;P)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice fee:</source>
        <translation>服务费(&amp;V)：</translation>
    </message>
    <message>
        <source>Tr&amp;ansport fee:</source>
        <translation>交通费(&amp;A)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Work &amp;hours:</source>
        <translation>工时(小时)(&amp;H)：</translation>
    </message>
    <message>
        <source>Customer &amp;feedback:</source>
        <translation>客户反馈(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation>完成时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>售后完成(&amp;C)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This order is completed: saving corrects its completion record.</source>
        <translation>此服务单已完成：保存将更正其完成记录。</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>故障：</translation>
    </message>
    <message>
        <source>The sum of the parts used, below</source>
        <translation>下方所用备件的合计</translation>
    </message>
</context>
<context>
    <name>CompletionParts</name>
    <message>
        <source>Parts used</source>
        <translation>使用的备件</translation>
    </message>
    <message>
        <source>Whose parts these are: the technician who did the work, or a store</source>
        <translation>备件从谁那里出：做这单活的售后人员，或某个仓库</translation>
    </message>
    <message>
        <source>Under warranty: the parts are not charged (their cost is kept).</source>
        <translation>保内：备件不收费（成本仍计入统计）。</translation>
    </message>
    <message>
        <source>Take &amp;from:</source>
        <translation>出自(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>service order</source>
        <translation>售后服务单</translation>
    </message>
    <message>
        <source>purchase record</source>
        <translation>购机记录</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <source>message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>purchase intention</source>
        <translation>购买意向</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>product model</source>
        <translation>商品型号</translation>
    </message>
    <message>
        <source>sales unit</source>
        <translation>销售单位</translation>
    </message>
    <message>
        <source>shop settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <source>set of custom field labels</source>
        <translation>自定义字段名称</translation>
    </message>
    <message>
        <source>numbering rule</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>print form</source>
        <translation>打印格式</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>{user} changed this {kind} at {time}.</source>
        <translation>{user} 于 {time} 修改了此{kind}。</translation>
    </message>
    <message>
        <source>Someone else changed this {kind}.</source>
        <translation>他人修改了此{kind}。</translation>
    </message>
    <message>
        <source>{record} was saved after you opened it, so your changes were not saved.</source>
        <translation>{record} 在您打开后已被保存，因此您的修改没有保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>None of the fields in this form changed; the record was saved.</source>
        <translation>此表单中的项目都没有变化；记录已被保存过。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Show the record as stored now; what you typed stays in a window to copy</source>
        <translation>显示现在保存的记录；您输入的内容留在一个窗口中供复制</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What changed since you opened it:</source>
        <translation>您打开后有以下变化：</translation>
    </message>
    <message>
        <source>What you typed (select and copy):</source>
        <translation>您输入的内容（可选中复制）：</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <source>Data file on this PC (SQLite)</source>
        <translation>本机数据文件（SQLite）</translation>
    </message>
    <message>
        <source>Database server: PostgreSQL</source>
        <translation>数据库服务器：PostgreSQL</translation>
    </message>
    <message>
        <source>Database server: MySQL / MariaDB</source>
        <translation>数据库服务器：MySQL / MariaDB</translation>
    </message>
    <message>
        <source>&amp;Where the data is:</source>
        <translation>数据存放位置(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>数据文件(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>例如 192.168.1.10 或 shop-server</translation>
    </message>
    <message>
        <source>Server (&amp;host):</source>
        <translation>服务器(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Choose the data file.</source>
        <translation>请选择数据文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请输入数据库名。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusLabel</name>
    <message>
        <source>Connection to the database server lost, reconnecting…</source>
        <translation>与数据库服务器的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Yuntian tries again by itself. What you type in open forms is kept and saved once the server answers; calls still pop up and are stored then.</source>
        <translation>云天会自动重试。已打开窗口中输入的内容会保留，服务器恢复后自动保存；来电照常弹屏，并在恢复后记入来电日志。</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
</context>
<context>
    <name>ConsumptionColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Technician or store</source>
        <translation>售后人员/仓库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>备件编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ConsumptionPage</name>
    <message>
        <source>Part code or name, order number, customer or technician</source>
        <translation>备件编码或名称、服务单号、客户或售后人员</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>No part has been used on a service order yet.</source>
        <translation>还没有服务单消耗备件。</translation>
    </message>
    <message>
        <source>No part used matches the search.</source>
        <translation>没有符合查找条件的消耗明细。</translation>
    </message>
    <message>
        <source>{n}+ lines, newest first; scroll for more.</source>
        <translation>{n}+ 行，最新在前，向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} lines, newest first.</source>
        <translation>共 {n} 行，最新在前。</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position, e.g. 经理</source>
        <translation>职务，例如：经理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Remove this contact</source>
        <translation>删除此联系人</translation>
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
    <name>CustomerCallsDialog</name>
    <message>
        <source>Calls — {customer}</source>
        <translation>来电 — {customer}</translation>
    </message>
</context>
<context>
    <name>CustomerCallsTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>&amp;All calls…</source>
        <translation>全部来电(&amp;A)…</translation>
    </message>
    <message>
        <source>The call log of this customer, with its filters</source>
        <translation>这个客户的来电日志，可筛选</translation>
    </message>
    <message>
        <source>No calls from or to this customer yet.</source>
        <translation>这个客户还没有来电或去电。</translation>
    </message>
    <message>
        <source>The latest {n} calls.</source>
        <translation>最近 {n} 条来电。</translation>
    </message>
    <message>
        <source>Calls: {n}</source>
        <translation>来电：{n} 条</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>电话号码：</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>购机：</translation>
    </message>
    <message>
        <source>Open orders:</source>
        <translation>未完成服务单：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>客户组：</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>归属业务员：</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>QQ / WeChat:</source>
        <translation>其他联系方式（QQ/微信）：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>录入时间：</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购机记录</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Purchase intentions</source>
        <translation>购买意向</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their card.</source>
        <translation>请在列表中选择一个客户以查看其资料。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Blacklisted: {reason}</source>
        <translation>已列入黑名单：{reason}</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>Archived: this customer has history, so it is kept for the reports but no longer appears in the customer list.</source>
        <translation>已归档：该客户有历史记录，因此保留用于报表，但不再显示在客户列表中。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time}，录入人：{user}</translation>
    </message>
    <message>
        <source>Outstanding: {amount}</source>
        <translation>欠款 {amount}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <source>typed: {number}</source>
        <translation>原录入：{number}</translation>
    </message>
    <message>
        <source>also used by: {customers}</source>
        <translation>同时用于：{customers}</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer {code} — {name}</source>
        <translation>客户 {code} — {name}</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>添加号码(&amp;N)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add con&amp;tact</source>
        <translation>添加联系人(&amp;T)</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>添加地址(&amp;D)</translation>
    </message>
    <message>
        <source>QQ, WeChat, …</source>
        <translation>QQ、微信等</translation>
    </message>
    <message>
        <source>On the &amp;blacklist</source>
        <translation>列入黑名单(&amp;B)</translation>
    </message>
    <message>
        <source>Reason, e.g. 多次恶意投诉</source>
        <translation>原因，例如：多次恶意投诉</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>归属业务员：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话号码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>客户组(&amp;G)：</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;QQ / WeChat:</source>
        <translation>其他联系方式（QQ/微信）(&amp;Q)：</translation>
    </message>
    <message>
        <source>Blacklist:</source>
        <translation>黑名单：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>You may look, but not change customers.</source>
        <translation>您可以查看客户资料，但无权修改。</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Blacklisted only</source>
        <translation>仅黑名单</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>非黑名单</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Deleted customers with history are archived: kept for the reports</source>
        <translation>有历史记录的客户删除后会归档，保留用于报表</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>客户组(&amp;G)：</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>业务员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Blacklist:</source>
        <translation>黑名单(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>录入时间(&amp;R)：</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部客户组</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CustomerGroupsDialog</name>
    <message>
        <source>Customer groups</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a group (Ins)</source>
        <translation>添加客户组（Ins）</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the group (F2)</source>
        <translation>重命名客户组（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the group; its customers move to no group (Del)</source>
        <translation>删除客户组，其中的客户移至无分组（Del）</translation>
    </message>
    <message>
        <source>New customer group</source>
        <translation>新建客户组</translation>
    </message>
    <message>
        <source>Rename customer group</source>
        <translation>重命名客户组</translation>
    </message>
    <message>
        <source>Group {name} deleted; {n} customers moved to no group.</source>
        <translation>已删除客户组“{name}”，{n} 个客户已移至无分组。</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>客户组名称：</translation>
    </message>
    <message>
        <source>Delete the group {name}? Its {n} customers move to no group; nothing else about them changes.</source>
        <translation>确定删除客户组“{name}”吗？其中的 {n} 个客户将移至无分组，客户的其他信息不变。</translation>
    </message>
    <message>
        <source>Delete the group {name}? It has no customers.</source>
        <translation>确定删除客户组“{name}”吗？该组中没有客户。</translation>
    </message>
    <message>
        <source>Delete customer group</source>
        <translation>删除客户组</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation>黑名单原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Old code (kept in the notes)</source>
        <translation>原编号（记入备注）</translation>
    </message>
    <message>
        <source>No column holds the customers&apos; names.</source>
        <translation>没有一列是客户名称。</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is chosen for more than one column.</source>
        <translation>“{field}”被选给了多列。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is in scientific notation: the last digits of the number are lost. Type the whole number into a cell formatted as text.</source>
        <translation>“{value}”是科学计数法，号码的后几位已丢失。请把单元格设为文本格式，重新输入完整号码。</translation>
    </message>
    <message>
        <source>The number {value} is shown in scientific notation, so its last digits may have been lost. Format the column as text and check the number.</source>
        <translation>号码 {value} 以科学计数法显示，后几位可能已丢失。请把该列设为文本格式并核对号码。</translation>
    </message>
    <message>
        <source>The number cell {value} has more digits than Excel keeps (15): the number is lost. Type it into a cell formatted as text.</source>
        <translation>数字单元格 {value} 超过 Excel 能保存的 15 位，号码已丢失。请在文本格式的单元格中重新输入。</translation>
    </message>
    <message>
        <source>Excel dropped the leading 0 of {value} (a number cell); it was imported as {number}.</source>
        <translation>Excel 去掉了 {value} 开头的 0（数字单元格），已按 {number} 导入。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no (是 / 否).</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too long for a phone number (at most 64 characters).</source>
        <translation>“{value}”太长，不像电话号码（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>{value} is not a valid number in China; it is imported as typed.</source>
        <translation>{value} 不是有效的中国号码，按原样导入。</translation>
    </message>
    <message>
        <source>The same customer (name and number {number}) is already in row {other}.</source>
        <translation>同一客户（名称和号码 {number} 相同）已在第 {other} 行。</translation>
    </message>
    <message>
        <source>The number {number} is also in row {other} ({name}).</source>
        <translation>号码 {number} 也出现在第 {other} 行（{name}）。</translation>
    </message>
    <message>
        <source>The customer already exists: {code} {name} has the number {number}.</source>
        <translation>客户已存在：{code} {name} 已有号码 {number}。</translation>
    </message>
    <message>
        <source>The number {number} already belongs to {owners}.</source>
        <translation>号码 {number} 已属于 {owners}。</translation>
    </message>
    <message>
        <source>There is no customer group &apos;{name}&apos;.</source>
        <translation>没有客户组“{name}”。</translation>
    </message>
    <message>
        <source>The customer group &apos;{name}&apos; does not exist yet; it will be created.</source>
        <translation>客户组“{name}”尚不存在，导入时将新建。</translation>
    </message>
    <message>
        <source>A group name has at most {n} characters: &apos;{name}&apos;.</source>
        <translation>客户组名称最多 {n} 个字符：“{name}”。</translation>
    </message>
    <message>
        <source>There is no active user &apos;{name}&apos;.</source>
        <translation>没有启用的用户“{name}”。</translation>
    </message>
    <message>
        <source>Several users are called &apos;{name}&apos;; write the user name instead.</source>
        <translation>有多个用户叫“{name}”，请改填登录名。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import the valid rows, skip the rejected</source>
        <translation>导入有效的行，跳过有错误的行</translation>
    </message>
    <message>
        <source>Import nothing if any row has an error</source>
        <translation>只要有一行出错就全部不导入</translation>
    </message>
    <message>
        <source>Create customer groups the file names</source>
        <translation>自动新建文件中出现的客户组</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>保存被拒绝的行(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>这个工作表是空的。</translation>
    </message>
    <message>
        <source>Header in row {row}. Data rows: {count}.</source>
        <translation>表头在第 {row} 行。数据行：{count}。</translation>
    </message>
    <message>
        <source>Changed: check again before importing.</source>
        <translation>已更改：导入前请重新检查。</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>正在检查 {count} 行…</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>已取消检查。</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何客户。</translation>
    </message>
    <message>
        <source>Nothing was imported (all or nothing): rows with errors: {rejected}.</source>
        <translation>没有导入（全部或全不）：有错误的行：{rejected}。</translation>
    </message>
    <message>
        <source>Imported customers: {imported}. Rejected rows: {rejected}. Warnings: {warnings}.</source>
        <translation>已导入客户：{imported}。被拒绝的行：{rejected}。警告：{warnings}。</translation>
    </message>
    <message>
        <source>… more: {count}</source>
        <translation>… 还有：{count}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Rows read: {read}. Can be imported: {valid}. With errors: {rejected}. Warnings: {warnings}.</source>
        <translation>读取行数：{read}。可导入：{valid}。有错误：{rejected}。警告：{warnings}。</translation>
    </message>
    <message>
        <source>First error: {text}</source>
        <translation>第一个错误：{text}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>无法保存报告：{reason}</translation>
    </message>
</context>
<context>
    <name>CustomerIo</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <source>The customers could not be exported: {reason}</source>
        <translation>无法导出客户：{reason}</translation>
    </message>
    <message>
        <source>Customers exported: {count}. File: {path}</source>
        <translation>已导出客户：{count}。文件：{path}</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Blacklisted: {reason}</source>
        <translation>已列入黑名单：{reason}</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>Archived: kept for reports, hidden from the list</source>
        <translation>已归档：保留用于报表，不在列表中显示</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>CustomerMessagesTab</name>
    <message>
        <source>&amp;Leave message…</source>
        <translation>新留言(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>标为已处理(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>删除留言</translation>
    </message>
    <message>
        <source>Delete {n} messages?</source>
        <translation>确定删除 {n} 条留言吗？</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>确定删除这条留言吗？</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Name, pinyin initials, code, phone or address</source>
        <translation>名称、拼音首字母、编号、电话或地址</translation>
    </message>
    <message>
        <source>More customers match: type more to narrow the list.</source>
        <translation>匹配的客户较多：请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>未找到客户。</translation>
    </message>
</context>
<context>
    <name>CustomerPurchasesTab</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购机日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Next callback</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>&amp;New purchase…</source>
        <translation>新增购机(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>修改(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>回款(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Service order…</source>
        <translation>报修(&amp;S)…</translation>
    </message>
    <message>
        <source>Take a service order for the chosen product</source>
        <translation>为选中的产品受理售后服务单</translation>
    </message>
    <message>
        <source>&amp;Void / delete…</source>
        <translation>作废/删除(&amp;V)…</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>还没有购机记录。</translation>
    </message>
    <message>
        <source>Units: {n}</source>
        <translation>共 {n} 台</translation>
    </message>
    <message>
        <source>Outstanding: {amount}</source>
        <translation>欠款合计 {amount}</translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation>不欠款</translation>
    </message>
</context>
<context>
    <name>CustomerServiceTab</name>
    <message>
        <source>appointment {time}</source>
        <translation>预约 {time}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>&amp;New service order…</source>
        <translation>新建售后服务单(&amp;N)…</translation>
    </message>
    <message>
        <source>Take a service order for this customer (Ins)</source>
        <translation>为此客户受理售后服务单（Ins）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the chosen order (Enter)</source>
        <translation>打开选中的服务单（Enter）</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>售后完成(&amp;C)…</translation>
    </message>
    <message>
        <source>Record what was done and the fees (售后完成)</source>
        <translation>登记处理情况和费用（售后完成）</translation>
    </message>
    <message>
        <source>&amp;Print slips…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chosen orders&apos; dispatch slips</source>
        <translation>打印所选服务单的派工单</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>使用备件</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Overdue: the appointment was {time}</source>
        <translation>已逾期：预约时间为 {time}</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}，逾期</translation>
    </message>
    <message>
        <source>No service orders yet.</source>
        <translation>暂无售后服务单。</translation>
    </message>
    <message>
        <source>Orders: {n}, open: {open}</source>
        <translation>服务单：{n}，未完成：{open}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>逾期：{n}</translation>
    </message>
    <message>
        <source>Co&amp;rrect completion…</source>
        <translation>更正完成记录(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CustomerStatsPage</name>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个时段</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>不细分</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>按客户组</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>细分(&amp;B)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新录入客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{n} new customers from {first} to {last}.</source>
        <translation>{first} 至 {last} 共新录入 {n} 个客户。</translation>
    </message>
    <message>
        <source>No new customers in this period.</source>
        <translation>本时段没有新录入客户。</translation>
    </message>
    <message>
        <source>New customers, running total</source>
        <translation>新录入客户累计</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name, pinyin initials, phone, code, address, contact… (Ctrl+F)</source>
        <translation>按名称、拼音首字母、电话号码、编号、地址、联系人等搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter a new customer (Ctrl+N)</source>
        <translation>录入新客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Change the chosen customer (Enter)</source>
        <translation>修改所选客户（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen customers; those with history are archived (Del)</source>
        <translation>删除所选客户，有历史记录的客户将归档（Del）</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Bring an archived customer back into the list</source>
        <translation>将已归档的客户恢复到列表中</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>移动到客户组</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>移动到客户组(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the chosen customers into another group</source>
        <translation>将所选客户移动到其他客户组</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>客户组(&amp;G)…</translation>
    </message>
    <message>
        <source>Add, rename or delete customer groups</source>
        <translation>添加、重命名或删除客户组</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read customers from an Excel workbook</source>
        <translation>从 Excel 工作簿读入客户</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the list as shown to an Excel workbook</source>
        <translation>把当前列表导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>没有与“{text}”匹配的客户。</translation>
    </message>
    <message>
        <source>{n}+ matches, best first; scroll for more.</source>
        <translation>找到 {n}+ 个匹配，最佳匹配在前；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} matches, best first.</source>
        <translation>找到 {n} 个匹配，最佳匹配在前。</translation>
    </message>
    <message>
        <source>Counting customers…</source>
        <translation>正在统计客户数…</translation>
    </message>
    <message>
        <source>No customer matches the filters.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>No customers yet. Press Ctrl+N to enter the first one.</source>
        <translation>还没有客户。按 Ctrl+N 录入第一个客户。</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>共 {n} 个客户</translation>
    </message>
    <message>
        <source>{text} — {n} selected</source>
        <translation>{text} — 已选 {n} 个</translation>
    </message>
    <message>
        <source>Delete the customer {name} ({code})?</source>
        <translation>确定删除客户 {name}（{code}）吗？</translation>
    </message>
    <message>
        <source>Delete {n} customers?</source>
        <translation>确定删除 {n} 个客户吗？</translation>
    </message>
    <message>
        <source>A customer with history (purchase intentions, memos, …) is archived instead: hidden from the list, kept for the reports.</source>
        <translation>有历史记录（购买意向、备忘录等）的客户将被归档而不是删除：不再出现在列表中，但保留在报表中。</translation>
    </message>
    <message>
        <source>Deleted: {deleted}. Archived: {archived}.

Customers with history (purchase intentions, memos, …) are archived instead of deleted: they no longer appear in the list, but stay in the reports. Tick “Show archived” to see or restore them.</source>
        <translation>已删除：{deleted}。已归档：{archived}。

有历史记录（购买意向、备忘录等）的客户被归档而不是删除：不再出现在列表中，但保留在报表中。勾选“显示已归档”可查看或恢复。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The data file can be used ({version}).</source>
        <translation>数据文件可以使用（{version}）。</translation>
    </message>
    <message>
        <source>Connected to {version}. The database is ready for this Yuntian.</source>
        <translation>已连接到 {version}，数据库可供本版云天使用。</translation>
    </message>
    <message>
        <source>The data file does not exist yet: Yuntian creates it when it starts.</source>
        <translation>数据文件尚不存在：云天启动时会自动创建。</translation>
    </message>
    <message>
        <source>Connected to {version}. The database {database} is empty: Yuntian sets it up when it starts.</source>
        <translation>已连接到 {version}。数据库 {database} 是空的：云天启动时会自动建立数据表。</translation>
    </message>
    <message>
        <source>The server name {host} is not known on this network. Check the spelling, or enter the server&apos;s IP address.</source>
        <translation>在本网络中找不到服务器名 {host}。请检查拼写，或改为输入服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>No database server answers at {host}, port {port}. Check that the server PC is on, that the database service runs there, and that its firewall lets port {port} through.</source>
        <translation>{host} 的 {port} 端口没有数据库服务器应答。请确认服务器电脑已开机、数据库服务正在运行，并且防火墙已放行 {port} 端口。</translation>
    </message>
    <message>
        <source>The server {host} refused the login: the user name {user} or the password is wrong.</source>
        <translation>服务器 {host} 拒绝登录：用户名 {user} 或密码不正确。</translation>
    </message>
    <message>
        <source>The user {user} may not use the database {database} on {host}. Ask whoever set up the server to grant it.</source>
        <translation>用户 {user} 无权使用 {host} 上的数据库 {database}。请让服务器管理员为其授权。</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or create the database on the server first.</source>
        <translation>服务器 {host} 上没有名为 {database} 的数据库。请检查名称，或先在服务器上创建该数据库。</translation>
    </message>
    <message>
        <source>The database was made by an older Yuntian (data version {schema}; this Yuntian uses {latest}). It can be upgraded: Upgrade database brings it up to date (a data file is backed up first).</source>
        <translation>该数据库由较旧版本的云天建立（数据版本 {schema}，本版云天使用 {latest}）。可以升级：点击“升级数据库”即可更新（数据文件会先备份）。</translation>
    </message>
    <message>
        <source>The database was made by a newer Yuntian (data version {schema}; this Yuntian only knows up to {latest}). Install the newer Yuntian on this PC before using it.</source>
        <translation>该数据库由较新版本的云天建立（数据版本 {schema}，本版云天最高只支持 {latest}）。请先在本机安装新版云天再使用。</translation>
    </message>
    <message>
        <source>This is not a Yuntian database: it holds another program&apos;s data. Choose another database, or an empty one.</source>
        <translation>这不是云天的数据库：其中是其他程序的数据。请选择其他数据库或空数据库。</translation>
    </message>
    <message>
        <source>This Yuntian was installed without support for this database server. Reinstall it with server support.</source>
        <translation>本机安装的云天不支持这种数据库服务器。请重新安装带服务器支持的云天。</translation>
    </message>
    <message>
        <source>The connection settings are incomplete or invalid.</source>
        <translation>连接设置不完整或无效。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>the system credential manager</source>
        <translation>系统凭据管理器</translation>
    </message>
    <message>
        <source>a private file in this PC&apos;s configuration folder</source>
        <translation>本机配置文件夹中的私有文件</translation>
    </message>
</context>
<context>
    <name>DatabaseMoveWizard</name>
    <message>
        <source>Move the data to another database</source>
        <translation>数据迁移到另一个数据库</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>This copies every table of this shop&apos;s database into another, empty database: a PostgreSQL or MySQL/MariaDB server that several PCs share, or a SQLite file (back to one PC, or an offline copy).</source>
        <translation>本向导把本店数据库的每一张表复制到另一个空数据库：多台电脑共用的 PostgreSQL 或 MySQL/MariaDB 服务器（网络版），或一个 SQLite 文件（回到单机，或做一份离线副本）。</translation>
    </message>
    <message>
        <source>The data now: {source}</source>
        <translation>当前数据：{source}</translation>
    </message>
    <message>
        <source>• The database in use now is only read, never changed.</source>
        <translation>• 正在使用的数据库只读取，不做任何改动。</translation>
    </message>
    <message>
        <source>• The new database gets the schema, the audit locks and the search index of this version; then every table is compared row by row (count and checksum).</source>
        <translation>• 新数据库按本版本建立表结构、审核锁和查询索引；复制后逐表核对（行数和校验值）。</translation>
    </message>
    <message>
        <source>• Changes made on any PC while the data moves are not copied: let the other PCs close Yuntian first.</source>
        <translation>• 迁移期间任何电脑上做的修改都不会被复制：请先让其他电脑退出云天。</translation>
    </message>
    <message>
        <source>• At the end you can point this PC at the new database; it is used from the next start. Point the other PCs at it in their settings.</source>
        <translation>• 完成后可让本机改用新数据库，下次启动时生效。其他电脑请在各自的设置中指向新数据库。</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>迁移到哪里</translation>
    </message>
    <message>
        <source>The database to copy into. On a server, create an empty database and a user who may create tables in it first (see the README, &apos;Several PCs&apos;).</source>
        <translation>要复制到的数据库。使用服务器时，请先建好一个空数据库和一个可以在其中建表的用户（见 README“多台电脑”一节）。</translation>
    </message>
    <message>
        <source>Ready to move</source>
        <translation>准备迁移</translation>
    </message>
    <message>
        <source>&amp;Replace Yuntian&apos;s tables in the target</source>
        <translation>替换目标中云天的表(&amp;R)</translation>
    </message>
    <message>
        <source>Warning: the data Yuntian&apos;s tables hold in the target is deleted and cannot be brought back. Other tables there are left alone.</source>
        <translation>警告：目标中云天各表的数据将被删除，无法恢复。目标中的其他表不受影响。</translation>
    </message>
    <message>
        <source>Moving the data</source>
        <translation>正在迁移数据</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Use the new database on this PC</source>
        <translation>本机改用新数据库(&amp;U)</translation>
    </message>
    <message>
        <source>This PC keeps using the old database until you choose this; the change takes effect when Yuntian is started again.</source>
        <translation>选择此项之前，本机继续使用原数据库；改用新数据库在重新启动云天后生效。</translation>
    </message>
    <message>
        <source>&amp;Start the move</source>
        <translation>开始迁移(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>From: {source}
To: {target}</source>
        <translation>从：{source}
到：{target}</translation>
    </message>
    <message>
        <source>An earlier move into this database did not finish ({note}); it is done again.</source>
        <translation>上次迁移到此数据库未完成（{note}），将重新迁移。</translation>
    </message>
    <message>
        <source>The target is empty.</source>
        <translation>目标数据库是空的。</translation>
    </message>
    <message>
        <source>The target is not empty: it holds {contents}.</source>
        <translation>目标数据库不是空的，其中有：{contents}。</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>客户 {n} 个</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>来电 {n} 条</translation>
    </message>
    <message>
        <source>{n} service orders</source>
        <translation>服务单 {n} 张</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>用户 {n} 个</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a Yuntian database (schema {schema}: {figures})</source>
        <translation>一个云天数据库（结构版本 {schema}：{figures}）</translation>
    </message>
    <message>
        <source>{count} of Yuntian&apos;s tables ({names})</source>
        <translation>云天的表 {count} 张（{names}）</translation>
    </message>
    <message>
        <source>{count} other table(s) ({names})</source>
        <translation>其他表 {count} 张（{names}）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>；另有</translation>
    </message>
    <message>
        <source>Moving the data...</source>
        <translation>正在迁移数据…</translation>
    </message>
    <message>
        <source>Creating the tables in the target...</source>
        <translation>正在目标中建表…</translation>
    </message>
    <message>
        <source>Copying the tables...</source>
        <translation>正在复制各表…</translation>
    </message>
    <message>
        <source>Building the search index, setting the counters...</source>
        <translation>正在建立查询索引、设置编号计数…</translation>
    </message>
    <message>
        <source>Comparing every table...</source>
        <translation>正在逐表核对…</translation>
    </message>
    <message>
        <source>{table}: {done} of {total} rows</source>
        <translation>{table}：{done} / {total} 行</translation>
    </message>
    <message>
        <source>Cancelled: the target was emptied again. Nothing changed here.</source>
        <translation>已取消：目标数据库已清空，本机数据没有任何改动。</translation>
    </message>
    <message>
        <source>The move failed: {reason}</source>
        <translation>迁移失败：{reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Every table matches: {rows} rows copied to {target} in {seconds} s.</source>
        <translation>各表全部一致：{rows} 行已复制到 {target}，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>{count} table(s) differ: do not use the target. Moving again redoes it.</source>
        <translation>{count} 张表不一致：请勿使用目标数据库。再次迁移会重新进行。</translation>
    </message>
    <message>
        <source>This PC now uses {target}. Restart Yuntian to work with it; the old database stays where it was.</source>
        <translation>本机已改用 {target}，重新启动云天后生效；原数据库保持不变。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>One PC: keep the data in a file on this PC. Several PCs: put the data on a PostgreSQL or MySQL / MariaDB server on the shop&apos;s network and point every PC at it. A change here takes effect when Yuntian is started again.</source>
        <translation>单机使用：数据保存在本机的数据文件中。多台电脑共用：把数据放在店内网络中的 PostgreSQL 或 MySQL / MariaDB 服务器上，并让每台电脑都连接它。此处的更改在重新启动云天后生效。</translation>
    </message>
    <message>
        <source>config.toml still holds the server password in plain text: OK moves it to a safer place.</source>
        <translation>config.toml 中仍以明文保存着服务器密码：点击“确定”会把它移到更安全的地方。</translation>
    </message>
    <message>
        <source>&amp;Move the data...</source>
        <translation>迁移数据(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy all of this shop&apos;s data into an empty server database or data file, verified table by table; the data here is not changed.</source>
        <translation>把本店的全部数据复制到一个空的服务器数据库或数据文件，并逐表核对；这里的数据不会改变。</translation>
    </message>
    <message>
        <source>Database settings saved</source>
        <translation>数据库设置已保存</translation>
    </message>
    <message>
        <source>The new database settings are saved for this PC. Yuntian uses them after it is closed and started again.</source>
        <translation>本机的新数据库设置已保存。关闭并重新启动云天后生效。</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Upgrade database</source>
        <translation>升级数据库(&amp;U)</translation>
    </message>
    <message>
        <source>Looking for the system credential manager…</source>
        <translation>正在查找系统凭据管理器…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>正在升级数据库…</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>未能完成：{reason}</translation>
    </message>
    <message>
        <source>A data file needs no password. This setting applies to this PC only.</source>
        <translation>数据文件不需要密码。此设置只对本机有效。</translation>
    </message>
    <message>
        <source>The password is kept in {place}, never in config.toml. These settings apply to this PC only.</source>
        <translation>密码保存在{place}中，不会写入 config.toml。这些设置只对本机有效。</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>选择数据文件</translation>
    </message>
    <message>
        <source>Yuntian data files (*.sqlite *.db);;All files (*)</source>
        <translation>云天数据文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. 2025-05-01</source>
        <translation>例：2025-05-01</translation>
    </message>
    <message>
        <source>Type the day as 2025-05-01, 20250501 or 2025/5/1, or pick it (Alt+Down)</source>
        <translation>输入日期，如 2025-05-01、20250501 或 2025/5/1，或从日历中选择（Alt+↓）</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>New device</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <source>a short name, e.g. modem1</source>
        <translation>简短名称，例如 modem1</translation>
    </message>
    <message>
        <source>Read this device</source>
        <translation>启用此设备</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Modem commands:</source>
        <translation>调制解调器命令(&amp;M)：</translation>
    </message>
    <message>
        <source>One per line. Empty: ATZ, then AT+VCID=1, or AT#CID=1 if the modem refuses it.</source>
        <translation>每行一条。留空：先发 ATZ，再发 AT+VCID=1，若调制解调器不接受则改发 AT#CID=1。</translation>
    </message>
    <message>
        <source>&amp;Port or address:</source>
        <translation>端口或地址(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>DeviceTestDialog</name>
    <message>
        <source>Test device {name}</source>
        <translation>测试设备 {name}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Call one of the lines: everything the device reports appears below as it arrives. Nothing is stored. A port Yuntian already reads may be busy while this window is open.</source>
        <translation>请拨打其中一条线路：设备报告的每个事件都会即时显示在下方，不会保存。本窗口打开期间，云天正在读取的端口可能被占用。</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}：{detail}</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>线路 {number}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>校验和错误</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Type or choose a model</source>
        <translation>输入或选择型号</translation>
    </message>
</context>
<context>
    <name>EarlierOrders</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Fault / work done</source>
        <translation>故障 / 处理情况</translation>
    </message>
    <message>
        <source>Earlier orders for this product ({n})</source>
        <translation>该产品以往服务单（{n}）</translation>
    </message>
    <message>
        <source>Earlier orders of this customer ({n})</source>
        <translation>该客户以往服务单（{n}）</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>处理：{text}</translation>
    </message>
    <message>
        <source>No earlier orders for this product.</source>
        <translation>该产品没有以往服务单。</translation>
    </message>
    <message>
        <source>No earlier orders for this customer.</source>
        <translation>该客户没有以往服务单。</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Yuntian</source>
        <translation>云天</translation>
    </message>
    <message>
        <source>Discard what you have typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, nothing was saved yet. What you typed is kept here and is saved by itself as soon as the server answers again (you may go on typing).</source>
        <translation>与数据库服务器的连接已断开，尚未保存。您输入的内容已保留，服务器恢复响应后将自动保存（可以继续输入）。</translation>
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
        <source>Payment methods</source>
        <translation>付款方式</translation>
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
    <name>ErrorGuard</name>
    <message>
        <source>Yuntian</source>
        <translation>云天</translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation>详细信息已记录在日志文件 {file} 中。</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not finished ({reason}). Your data is safe; you may go on working. {where}</source>
        <translation>出现意外错误，本次操作未完成（{reason}）。您的数据是安全的，可以继续工作。{where}</translation>
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
        <source>You do not have the permission &apos;{permission}&apos;.</source>
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
        <source>The database is busy: another program or PC is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一程序或另一台电脑正在写入。本次操作未做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>Reminder lead days must be between 0 and 365.</source>
        <translation>提醒提前天数必须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>The database settings are not valid: {why}</source>
        <translation>数据库设置无效：{why}</translation>
    </message>
    <message>
        <source>A prefix has at most 8 letters, digits, Chinese characters, - or _.</source>
        <translation>前缀最多 8 个字符，只能包含字母、数字、汉字、- 或 _。</translation>
    </message>
    <message>
        <source>Unknown date pattern &apos;{pattern}&apos;.</source>
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
        <source>Unknown language &apos;{language}&apos;.</source>
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
        <source>&apos;{name}&apos; is already in this list.</source>
        <translation>此列表中已有“{name}”。</translation>
    </message>
    <message>
        <source>This profile is already set up.</source>
        <translation>此配置档案已完成设置。</translation>
    </message>
    <message>
        <source>Please enter the shop&apos;s name.</source>
        <translation>请输入店名。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, Chinese characters, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须为 2 到 32 个字符，只能包含字母、数字、汉字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken.</source>
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
        <source>There is already a role named &apos;{name}&apos;.</source>
        <translation>已存在名为“{name}”的角色。</translation>
    </message>
    <message>
        <source>A preset role can be edited but not deleted.</source>
        <translation>预置角色可以编辑，但不能删除。</translation>
    </message>
    <message>
        <source>The role &apos;{name}&apos; still has users; take them out first.</source>
        <translation>角色“{name}”仍有用户在使用，请先将这些用户移出该角色。</translation>
    </message>
    <message>
        <source>This brand already has a model named {name}.</source>
        <translation>该品牌已有名为 {name} 的型号。</translation>
    </message>
    <message>
        <source>Sales name this product model: set it inactive instead.</source>
        <translation>已有销售记录使用此商品型号：请改为停用。</translation>
    </message>
    <message>
        <source>A part needs a name.</source>
        <translation>备件需要名称。</translation>
    </message>
    <message>
        <source>The code {code} is already taken by {name}.</source>
        <translation>编码 {code} 已被 {name} 使用。</translation>
    </message>
    <message>
        <source>The reorder minimum ({min}) is above the maximum ({max}).</source>
        <translation>补货下限（{min}）高于补货上限（{max}）。</translation>
    </message>
    <message>
        <source>A product model this part fits no longer exists.</source>
        <translation>该备件适用的某个机型已不存在。</translation>
    </message>
    <message>
        <source>A part fits at most {most} product models.</source>
        <translation>一个备件最多适用 {most} 个机型。</translation>
    </message>
    <message>
        <source>{part} appears on parts documents, so it cannot be deleted: set it inactive instead.</source>
        <translation>{part} 已出现在备件单据上，不能删除：请改为停用。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>{store} still holds {kinds} kinds of parts, {units} units in all (e.g. {examples}). Transfer them to another store first.</source>
        <translation>{store} 仍有 {kinds} 种备件库存，共 {units} 件（如 {examples}）。请先调拨到其他仓库。</translation>
    </message>
    <message>
        <source>At least one store must stay in use.</source>
        <translation>至少要有一个仓库在用。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The name {name} is already taken.</source>
        <translation>名称 {name} 已被使用。</translation>
    </message>
    <message>
        <source>A product model needs a model name.</source>
        <translation>商品型号需要填写型号名称。</translation>
    </message>
    <message>
        <source>Please enter a whole number from 0 to {max}.</source>
        <translation>请输入 0 到 {max} 的整数。</translation>
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
        <source>A purchase intention needs a product.</source>
        <translation>购买意向必须填写产品。</translation>
    </message>
    <message>
        <source>A budget is an amount from 0 to {max}.</source>
        <translation>预算应为 0 至 {max} 之间的金额。</translation>
    </message>
    <message>
        <source>Please enter some text.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <source>This text is too long: at most {n} characters.</source>
        <translation>文字太长：最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>This file cannot be read as an Excel workbook (.xlsx): {detail}</source>
        <translation>无法把这个文件当作 Excel 工作簿（.xlsx）读取：{detail}</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not an .xlsx workbook: save it as .xlsx in Excel or WPS first.</source>
        <translation>“{file}”不是 .xlsx 工作簿：请先在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{sheet}&apos;.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>客户组必须填写名称。</translation>
    </message>
    <message>
        <source>There is already a customer group named &apos;{name}&apos;.</source>
        <translation>已存在名为“{name}”的客户组。</translation>
    </message>
    <message>
        <source>The end date must not be before the start.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须填写名称。</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>“{email}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number.</source>
        <translation>“{raw}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Unknown kind of phone number: {kind}.</source>
        <translation>未知的电话号码类型：{kind}。</translation>
    </message>
    <message>
        <source>This customer group no longer exists.</source>
        <translation>该客户组已不存在。</translation>
    </message>
    <message>
        <source>This salesperson is not an active user.</source>
        <translation>该业务员不是有效用户。</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人必须填写姓名。</translation>
    </message>
    <message>
        <source>Type at least {n} digits of the number.</source>
        <translation>请至少输入号码中的 {n} 位数字。</translation>
    </message>
    <message>
        <source>A line is numbered from {first} to {last}.</source>
        <translation>线路编号应为 {first} 到 {last}。</translation>
    </message>
    <message>
        <source>A call is either incoming or outgoing.</source>
        <translation>通话方向只能是来电或去电。</translation>
    </message>
    <message>
        <source>Unknown caller-ID privacy: {privacy}.</source>
        <translation>未知的来电号码隐私类型：{privacy}。</translation>
    </message>
    <message>
        <source>A duration is a number of seconds, 0 or more.</source>
        <translation>通话时长应为不小于 0 的秒数。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>A recording is a file inside the recordings folder.</source>
        <translation>录音必须是录音文件夹内的文件。</translation>
    </message>
    <message>
        <source>This call no longer exists.</source>
        <translation>该通话记录已不存在。</translation>
    </message>
    <message>
        <source>This user is not an active user.</source>
        <translation>该用户不是启用状态的用户。</translation>
    </message>
    <message>
        <source>Enter a serial port such as COM3 or /dev/ttyUSB0, or a pyserial URL such as socket://HOST:PORT or rfc2217://HOST:PORT.</source>
        <translation>请输入串口，例如 COM3 或 /dev/ttyUSB0，或 pyserial 地址，例如 socket://主机:端口 或 rfc2217://主机:端口。</translation>
    </message>
    <message>
        <source>Enter where to listen as udp://0.0.0.0:3520 (every network card, port 3520); the port is a number up to 65535.</source>
        <translation>请按 udp://0.0.0.0:3520 的形式输入监听地址（所有网卡，端口 3520）；端口是不超过 65535 的数字。</translation>
    </message>
    <message>
        <source>Enter the NCID server as ncid://HOST:PORT, e.g. ncid://192.168.1.10:3333.</source>
        <translation>请按 ncid://主机:端口 的形式输入 NCID 服务器，例如 ncid://192.168.1.10:3333。</translation>
    </message>
    <message>
        <source>Enter sim:demo (optionally sim:demo?every=15&amp;lines=3), or sim: followed by the path of a script file.</source>
        <translation>请输入 sim:demo（可写成 sim:demo?every=15&amp;lines=3），或 sim: 加脚本文件的路径。</translation>
    </message>
    <message>
        <source>Give the device a short name, e.g. modem1.</source>
        <translation>请为设备起一个简短的名称，例如 modem1。</translation>
    </message>
    <message>
        <source>The device name is at most {count} characters long.</source>
        <translation>设备名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>Another device is already called “{name}”.</source>
        <translation>已有另一台设备名为“{name}”。</translation>
    </message>
    <message>
        <source>This kind of device does not send the format “{format}”.</source>
        <translation>这类设备不发送“{format}”格式。</translation>
    </message>
    <message>
        <source>Modem commands are plain ASCII text, one per line, e.g. ATZ.</source>
        <translation>调制解调器命令只能是 ASCII 文本，每行一条，例如 ATZ。</translation>
    </message>
    <message>
        <source>Enter the port or the address of the device.</source>
        <translation>请输入设备的端口或地址。</translation>
    </message>
    <message>
        <source>This address is for another kind of device: choose the kind that matches it, or change the address.</source>
        <translation>此地址属于另一类设备：请选择与之相符的类型，或修改地址。</translation>
    </message>
    <message>
        <source>There is no script file {path}.</source>
        <translation>脚本文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Station lines are numbered 1 to {count}.</source>
        <translation>本机线路编号为 1 到 {count}。</translation>
    </message>
    <message>
        <source>Line {line} is already used by “{name}”. Choose a free line.</source>
        <translation>线路 {line} 已被“{name}”占用，请选择空闲的线路。</translation>
    </message>
    <message>
        <source>Line {line} is already used. Choose a free line.</source>
        <translation>线路 {line} 已被占用，请选择空闲的线路。</translation>
    </message>
    <message>
        <source>The line name is at most {count} characters long.</source>
        <translation>线路名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>Add a device first: every line comes from a device.</source>
        <translation>请先添加设备：每条线路都来自一台设备。</translation>
    </message>
    <message>
        <source>Choose the device this line comes from.</source>
        <translation>请选择此线路所接的设备。</translation>
    </message>
    <message>
        <source>There is no device “{device}” any more: choose the device this line comes from.</source>
        <translation>设备“{device}”已不存在：请选择此线路所接的设备。</translation>
    </message>
    <message>
        <source>The device line is a number such as 1, or the label the device uses.</source>
        <translation>设备线路是一个数字（例如 1），或设备使用的线路标签。</translation>
    </message>
    <message>
        <source>This line of the device already rings on line {line}.</source>
        <translation>设备的这条线路已对应线路 {line}。</translation>
    </message>
    <message>
        <source>Line {line} also comes from this device: give each of its lines the device&apos;s own line number.</source>
        <translation>线路 {line} 也来自此设备：请为它的每条线路填写设备自己的线路号。</translation>
    </message>
    <message>
        <source>Close the pop-up within 0 to {count} seconds.</source>
        <translation>弹窗关闭时间应在 0 到 {count} 秒之间。</translation>
    </message>
    <message>
        <source>The station name is at most {count} characters long.</source>
        <translation>工作站名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {why}</source>
        <translation>无法将设置写入 {path}：{why}</translation>
    </message>
    <message>
        <source>An amount is a number from {min} to {max} in yuan.</source>
        <translation>金额须为 {min} 到 {max} 元之间的数字。</translation>
    </message>
    <message>
        <source>A payment needs an amount other than 0.</source>
        <translation>回款金额不能为 0。</translation>
    </message>
    <message>
        <source>Please give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>Please choose a payment method.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <source>Sale {code} is voided: no payment can be taken.</source>
        <translation>购机记录 {code} 已作废：不能再收款。</translation>
    </message>
    <message>
        <source>This is more than is outstanding on sale {code}: at most {outstanding} can be received.</source>
        <translation>金额超过购机记录 {code} 的欠款：最多还能收 {outstanding}。</translation>
    </message>
    <message>
        <source>This refund is more than was paid on sale {code}: at most {received} can be refunded.</source>
        <translation>退款超过购机记录 {code} 的已收金额：最多可退 {received}。</translation>
    </message>
    <message>
        <source>A voided sale cannot be changed.</source>
        <translation>已作废的购机记录不能修改。</translation>
    </message>
    <message>
        <source>The amount receivable cannot be less than the {received} already received; record a refund first.</source>
        <translation>应收金额不能少于已收的 {received}；请先登记退款。</translation>
    </message>
    <message>
        <source>Please give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>This sale is already voided.</source>
        <translation>此购机记录已作废。</translation>
    </message>
    <message>
        <source>Sale {code} has payments or service history and cannot be deleted; void it with a reason instead.</source>
        <translation>购机记录 {code} 已有回款或售后记录，不能删除；请填写原因将其作废。</translation>
    </message>
    <message>
        <source>Please choose a product model.</source>
        <translation>请选择商品型号。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to {max}.</source>
        <translation>数量须为 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>A product cannot be installed before it was sold.</source>
        <translation>安装日期不能早于购机日期。</translation>
    </message>
    <message>
        <source>Please describe the fault.</source>
        <translation>请填写故障描述。</translation>
    </message>
    <message>
        <source>Please choose a priority.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s purchases or enter a product not bought here, not both.</source>
        <translation>请选择客户的一条购机记录，或填写非本店购买的商品，二者只能选其一。</translation>
    </message>
    <message>
        <source>Please give the reason for setting the warranty status by hand.</source>
        <translation>请填写手动设置保修状态（保内/保外）的原因。</translation>
    </message>
    <message>
        <source>At most {n} technicians can be assigned to one order.</source>
        <translation>一张服务单最多只能指派 {n} 名售后人员。</translation>
    </message>
    <message>
        <source>Please choose a service type from the list.</source>
        <translation>请从列表中选择服务类型。</translation>
    </message>
    <message>
        <source>This purchase belongs to another customer.</source>
        <translation>这条购机记录属于其他客户。</translation>
    </message>
    <message>
        <source>Purchase {code} is voided; choose another one.</source>
        <translation>购机记录 {code} 已作废，请选择其他购机记录。</translation>
    </message>
    <message>
        <source>The purchase date cannot be after the order&apos;s date.</source>
        <translation>购机日期不能晚于服务单日期。</translation>
    </message>
    <message>
        <source>A maintenance order needs the purchase it serves.</source>
        <translation>保养服务单必须对应一条购机记录。</translation>
    </message>
    <message>
        <source>Service order {code} already serves the maintenance due {date}.</source>
        <translation>售后服务单 {code} 已对应 {date} 到期的定期保养。</translation>
    </message>
    <message>
        <source>Please say what work was done.</source>
        <translation>请填写处理情况（做了哪些工作）。</translation>
    </message>
    <message>
        <source>Please say what came of it, e.g. repaired and working.</source>
        <translation>请填写处理结果，例如：已修复，试机正常。</translation>
    </message>
    <message>
        <source>The work time is a whole number of minutes up to {max}.</source>
        <translation>工时以分钟计，应为 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Please choose the customer&apos;s feedback from the list.</source>
        <translation>请从列表中选择客户反馈。</translation>
    </message>
    <message>
        <source>The completion time cannot be before the order was taken.</source>
        <translation>完成时间不能早于接单时间。</translation>
    </message>
    <message>
        <source>The completion time cannot be in the future.</source>
        <translation>完成时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Please give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>Service order {code} is audited and cannot be changed; un-audit it first.</source>
        <translation>售后服务单 {code} 已审核，不能修改；请先取消审核。</translation>
    </message>
    <message>
        <source>Service order {code} is cancelled and cannot be changed.</source>
        <translation>售后服务单 {code} 已取消，不能修改。</translation>
    </message>
    <message>
        <source>Service order {code} cannot be dispatched: only a pending order can be.</source>
        <translation>售后服务单 {code} 不能出单派工：只有待处理的服务单才能派工。</translation>
    </message>
    <message>
        <source>Service order {code} is cancelled and cannot be completed.</source>
        <translation>售后服务单 {code} 已取消，不能完成。</translation>
    </message>
    <message>
        <source>Service order {code} cannot be cancelled: only an order not yet completed can be.</source>
        <translation>售后服务单 {code} 不能取消：只有尚未完成的服务单才能取消。</translation>
    </message>
    <message>
        <source>Service order {code} cannot be audited: only a completed order can be.</source>
        <translation>售后服务单 {code} 不能审核：只有售后完成的服务单才能审核。</translation>
    </message>
    <message>
        <source>Service order {code} is not audited.</source>
        <translation>售后服务单 {code} 尚未审核。</translation>
    </message>
    <message>
        <source>Service order {code} cannot be deleted: only a pending or cancelled order can be.</source>
        <translation>售后服务单 {code} 不能删除：只有待处理或已取消的服务单才能删除。</translation>
    </message>
    <message>
        <source>Service order {code} is already audited.</source>
        <translation>售后服务单 {code} 已经审核。</translation>
    </message>
    <message>
        <source>Service order {code} is audited and cannot be deleted.</source>
        <translation>售后服务单 {code} 已审核，不能删除。</translation>
    </message>
    <message>
        <source>The form “{form}” is nested too deeply (blocks or brackets inside one another).</source>
        <translation>打印格式“{form}”嵌套层数过多（块或括号层层嵌套）。</translation>
    </message>
    <message>
        <source>The form makes more than {n} characters of text; is a loop running away?</source>
        <translation>此格式生成的文字超过 {n} 个字符；是否有循环失控？</translation>
    </message>
    <message>
        <source>Line {line}: there is no field called “{name}” on this form.</source>
        <translation>第 {line} 行：此单据没有名为“{name}”的字段。</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” would make a value too large for the form “{form}”.</source>
        <translation>第 {line} 行：“{name}”产生的值对打印格式“{form}”来说过大。</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>第 {line} 行：{detail}</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” may not be used in a print form.</source>
        <translation>第 {line} 行：打印格式中不允许使用“{name}”。</translation>
    </message>
    <message>
        <source>Please choose a paper size.</source>
        <translation>请选择纸张。</translation>
    </message>
    <message>
        <source>The built-in form {name} is for its own paper; save a copy under another name to use other paper.</source>
        <translation>内置格式 {name} 只用于它自己的纸张；要用其他纸张，请另存为新名称。</translation>
    </message>
    <message>
        <source>The form is empty: it would print nothing.</source>
        <translation>格式为空：什么也打印不出来。</translation>
    </message>
    <message>
        <source>A built-in form cannot be deleted; revert it to undo the shop&apos;s changes.</source>
        <translation>内置格式不能删除；如要撤销本店的修改，请恢复默认。</translation>
    </message>
    <message>
        <source>Only a built-in form can be reverted.</source>
        <translation>只有内置格式才能恢复默认。</translation>
    </message>
    <message>
        <source>This form no longer exists; it may have been deleted.</source>
        <translation>此格式已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is no such kind of form.</source>
        <translation>没有这种单据。</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose at most {n} purchases at a time to make orders for.</source>
        <translation>一次最多为 {n} 条购机记录生成保养单。</translation>
    </message>
    <message>
        <source>The service type {name} is missing: add it to the service types in Settings to make maintenance orders.</source>
        <translation>缺少服务类型“{name}”：请先在设置的服务类型中添加，才能生成保养单。</translation>
    </message>
    <message>
        <source>The work time is a number of hours, e.g. 1.5.</source>
        <translation>工时按小时填写，例如 1.5。</translation>
    </message>
    <message>
        <source>Please choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Please choose the product, “Not bought here” or “No product”.</source>
        <translation>请选择产品，或选“非本店购买”、“不涉及产品”。</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2025-05-01, 20250501 or 2025/5/1.</source>
        <translation>“{text}”不是有效日期。请按 2025-05-01、20250501 或 2025/5/1 的格式输入。</translation>
    </message>
    <message>
        <source>Please enter the date, e.g. 2025-05-01.</source>
        <translation>请输入日期，例如 2025-05-01。</translation>
    </message>
    <message>
        <source>The form “{form}” took longer than {seconds} seconds to fill in and was stopped; is a loop running away?</source>
        <translation>打印格式“{form}”填写超过 {seconds} 秒，已被停止；是否有循环失控？</translation>
    </message>
    <message>
        <source>The form “{form}” needs more than {mb} MB of memory to fill in and was stopped.</source>
        <translation>打印格式“{form}”填写需要超过 {mb} MB 内存，已被停止。</translation>
    </message>
    <message>
        <source>The form “{form}” stopped the program that fills in forms (it may need more than {mb} MB of memory).</source>
        <translation>打印格式“{form}”使填写打印格式的程序中止（它可能需要超过 {mb} MB 内存）。</translation>
    </message>
    <message>
        <source>The program that fills in print forms could not be started: {detail}</source>
        <translation>无法启动填写打印格式的程序：{detail}</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was changed; Yuntian reconnects by itself, try again in a moment.</source>
        <translation>与数据库服务器的连接已断开，本次操作未做任何更改。云天会自动重新连接，请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to the database server broke while saving: it is not known whether the change was stored. Look at the record once the connection is back before saving again.</source>
        <translation>保存时与数据库服务器的连接断开，无法确定更改是否已保存。请在连接恢复后先查看该记录，再决定是否重新保存。</translation>
    </message>
    <message>
        <source>{record} was changed by {user} at {time} after you opened it. Nothing was saved; reload it to see the changes.</source>
        <translation>{record} 在您打开后已被 {user} 于 {time} 修改。没有保存任何内容；请重新载入查看变化。</translation>
    </message>
    <message>
        <source>Line {line}: only {on_hand} {unit} of {part} at {place}, {wanted} wanted.</source>
        <translation>第 {line} 行：{place} 的 {part} 只有 {on_hand} {unit}，需要 {wanted}。</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>单据至少要有一行。</translation>
    </message>
    <message>
        <source>A document holds at most {most} lines.</source>
        <translation>一张单据最多 {most} 行。</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be a whole number from 1 to {most}.</source>
        <translation>第 {line} 行：数量应为 1 到 {most} 的整数。</translation>
    </message>
    <message>
        <source>Line {line}: this part no longer exists.</source>
        <translation>第 {line} 行：该备件已不存在。</translation>
    </message>
    <message>
        <source>Line {line}: {part} is no longer in use.</source>
        <translation>第 {line} 行：{part} 已停用。</translation>
    </message>
    <message>
        <source>Choose where the parts come from.</source>
        <translation>请选择备件从哪里出。</translation>
    </message>
    <message>
        <source>Choose where the parts go.</source>
        <translation>请选择备件到哪里去。</translation>
    </message>
    <message>
        <source>A transfer moves parts to another store or technician.</source>
        <translation>调拨须调到另一个仓库或售后人员。</translation>
    </message>
    <message>
        <source>This store no longer exists or is no longer in use.</source>
        <translation>该仓库已不存在或已停用。</translation>
    </message>
    <message>
        <source>This technician no longer exists or is disabled.</source>
        <translation>该售后人员已不存在或已停用。</translation>
    </message>
    <message>
        <source>This kind of document is not made here.</source>
        <translation>此类单据不在这里开。</translation>
    </message>
    <message>
        <source>{code} has already been reversed by {by}.</source>
        <translation>{code} 已被 {by} 冲销。</translation>
    </message>
    <message>
        <source>{code} is a reversal; post the original document again instead of reversing it.</source>
        <translation>{code} 是冲销单；请重新开原单据，不要冲销冲销单。</translation>
    </message>
    <message>
        <source>{code} has been audited and can no longer be changed.</source>
        <translation>{code} 已审核，不能再修改。</translation>
    </message>
    <message>
        <source>{code} has already been audited.</source>
        <translation>{code} 已审核过。</translation>
    </message>
    <message>
        <source>{code} has not been audited.</source>
        <translation>{code} 尚未审核。</translation>
    </message>
    <message>
        <source>Enter at least one counted quantity.</source>
        <translation>请至少填写一个盘点数量。</translation>
    </message>
    <message>
        <source>{part}: a counted quantity is a whole number from 0 up.</source>
        <translation>{part}：盘点数量应为 0 或以上的整数。</translation>
    </message>
    <message>
        <source>This service order no longer exists.</source>
        <translation>该售后服务单已不存在。</translation>
    </message>
    <message>
        <source>Line {line}: the unit cost is an amount from 0 with at most four decimal places.</source>
        <translation>第 {line} 行：单位成本应为不小于 0 的金额，最多四位小数。</translation>
    </message>
    <message>
        <source>Line {line}: type a quantity of at least 1.</source>
        <translation>第 {line} 行：数量至少为 1。</translation>
    </message>
    <message>
        <source>Line {line}: the amount is not a number of yuan.</source>
        <translation>第 {line} 行：金额不是有效的元数。</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation>双击字段，插入到光标处</translation>
    </message>
    <message>
        <source>Example: {value}</source>
        <translation>示例：{value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
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
        <source>The area code of the shop&apos;s landlines, e.g. 010 or 0755.</source>
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
        <source>The built-in administrator&apos;s name; keep it or choose your own.</source>
        <translation>内置管理员的用户名，可保留，也可改为您自己的。</translation>
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
    <name>FormPreview</name>
    <message>
        <source>{n} more page(s) not shown</source>
        <translation>另有 {n} 页未显示</translation>
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
        <source>Overdue orders</source>
        <translation>逾期服务单</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>待保养</translation>
    </message>
    <message>
        <source>Appointment passed, not completed</source>
        <translation>预约时间已过，尚未完成</translation>
    </message>
    <message>
        <source>Due within the reminder lead days, no order yet: see Due maintenance</source>
        <translation>提醒天数内到期、尚未出单的保养：见“定期维护”</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>今日来电</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>今日未接</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>Missed calls of the last days whose number nobody has reached since</source>
        <translation>近几天的未接来电，此后尚未联系上的号码</translation>
    </message>
    <message>
        <source>Open messages</source>
        <translation>未处理留言</translation>
    </message>
    <message>
        <source>For you or for anyone</source>
        <translation>留给您或任何人的</translation>
    </message>
    <message>
        <source>Orders I took, open</source>
        <translation>我受理的未完成服务单</translation>
    </message>
    <message>
        <source>Pending and dispatched</source>
        <translation>待处理和已出单派工</translation>
    </message>
    <message>
        <source>My service work</source>
        <translation>我的售后工作</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>派给我的服务单</translation>
    </message>
    <message>
        <source>Pending and dispatched orders</source>
        <translation>待处理和已出单派工的服务单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>今日数据</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>购机笔数</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>购机金额</translation>
    </message>
    <message>
        <source>Receivable of today&apos;s sales</source>
        <translation>今日购机的应收金额</translation>
    </message>
    <message>
        <source>Orders taken</source>
        <translation>受理服务单</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>完成服务单</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
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
        <source>Made with the database server&apos;s own tools</source>
        <translation>由数据库服务器自带工具备份</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>无法读取统计数据：{reason}</translation>
    </message>
</context>
<context>
    <name>IntentionDialog</name>
    <message>
        <source>New purchase intention</source>
        <translation>新建购买意向</translation>
    </message>
    <message>
        <source>Purchase intention</source>
        <translation>购买意向</translation>
    </message>
    <message>
        <source>e.g. 3500</source>
        <translation>例如：3500</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Budget (¥):</source>
        <translation>预算（¥）(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Expected by:</source>
        <translation>预计购买日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A budget is an amount such as 3500.</source>
        <translation>预算应为金额，例如 3500。</translation>
    </message>
</context>
<context>
    <name>IntentionsTab</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计购买日期</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete the purchase intention for {product}?</source>
        <translation>确定删除“{product}”的购买意向吗？</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>New line</source>
        <translation>新建线路</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>编辑线路</translation>
    </message>
    <message>
        <source>e.g. Front desk 1</source>
        <translation>例如 前台 1</translation>
    </message>
    <message>
        <source>empty: the device has one line</source>
        <translation>留空：设备只有一条线路</translation>
    </message>
    <message>
        <source>Pop up the caller on this PC</source>
        <translation>在本机弹出来电窗口</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>线路(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Device l&amp;ine:</source>
        <translation>设备线路(&amp;I)：</translation>
    </message>
    <message>
        <source>Whozz Calling units number their lines 1, 2, ...; an NCID server names them (its LINE label); a modem has one line: leave this empty.</source>
        <translation>Whozz Calling 来电盒的线路编号为 1、2……；NCID 服务器用名称标识线路（其 LINE 标签）；调制解调器只有一条线路：此处留空。</translation>
    </message>
    <message>
        <source>&amp;Record from:</source>
        <translation>录音来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>不录音</translation>
    </message>
    <message>
        <source>{input} (not found now)</source>
        <translation>{input}（当前未找到）</translation>
    </message>
    <message>
        <source>Calls are recorded from pick-up to hang-up where the device reports them, or with the pop-up&apos;s Record button.</source>
        <translation>设备能报告摘机和挂机时，通话从摘机录到挂机；也可以用弹窗中的“录音”按钮手动录音。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{text} — {n} selected</source>
        <translation>{text} — 已选 {n} 条</translation>
    </message>
    <message>
        <source>Show the rows of this customer:</source>
        <translation>显示此客户的记录：</translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
    <name>Maintenance</name>
    <message>
        <source>Periodic maintenance (due {date})</source>
        <translation>定期保养（到期 {date}）</translation>
    </message>
</context>
<context>
    <name>MaintenanceColumns</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>距到期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>保养周期</translation>
    </message>
    <message>
        <source>Maintenance order</source>
        <translation>保养单</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{n} d overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation>{n} 天后</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>MaintenanceListModel</name>
    <message>
        <source>(changed)</source>
        <translation>（已变更）</translation>
    </message>
    <message>
        <source>No maintenance order for this due date yet (Ctrl+G makes one)</source>
        <translation>此到期日尚无保养单（按 Ctrl+G 生成）</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Include already &amp;ordered</source>
        <translation>包括已出单的(&amp;O)</translation>
    </message>
    <message>
        <source>Also list the purchases whose due date already has a maintenance order</source>
        <translation>同时列出本次到期已生成保养单的购机记录</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>Generate &amp;maintenance orders</source>
        <translation>生成保养单(&amp;M)</translation>
    </message>
    <message>
        <source>Make a maintenance order for each chosen purchase not yet ordered (Ctrl+G)</source>
        <translation>为选中的、尚未出单的每条购机记录生成一张保养单（Ctrl+G）</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the dispatch slips of the chosen rows&apos; maintenance orders (Ctrl+P)</source>
        <translation>打印所选行保养服务单的派工单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the card of the chosen customer (Enter)</source>
        <translation>显示所选客户的资料卡（Enter）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表（F5）</translation>
    </message>
    <message>
        <source>Making maintenance orders needs the permission to process service orders</source>
        <translation>生成保养单需要“处理售后服务单”权限</translation>
    </message>
    <message>
        <source>Within the reminder lead days ({n})</source>
        <translation>提醒天数内（{n} 天）</translation>
    </message>
    <message>
        <source>Due by {date}, overdue ones included</source>
        <translation>{date} 前到期，含已逾期</translation>
    </message>
    <message>
        <source>No purchase is due for maintenance in this range.</source>
        <translation>此范围内没有到期需保养的购机记录。</translation>
    </message>
    <message>
        <source>{n}+ due, earliest first; scroll for more.</source>
        <translation>{n}+ 条到期，最早的在前；向下滚动显示更多。</translation>
    </message>
    <message>
        <source>{n} due, earliest first.</source>
        <translation>{n} 条到期，最早的在前。</translation>
    </message>
    <message>
        <source>Making {n} maintenance orders…</source>
        <translation>正在生成 {n} 张保养单…</translation>
    </message>
    <message>
        <source>{created} created, {skipped} skipped (already ordered).</source>
        <translation>已生成 {created} 张，跳过 {skipped} 条（已出单）。</translation>
    </message>
    <message>
        <source>Generate maintenance orders</source>
        <translation>生成保养单</translation>
    </message>
    <message>
        <source>Make a maintenance order for each of the {n} chosen purchases?</source>
        <translation>为选中的 {n} 条购机记录各生成一张保养单？</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>New memo</source>
        <translation>新建备忘录</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>备忘录(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Written</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>{time} (changed {changed})</source>
        <translation>{time}（修改于 {changed}）</translation>
    </message>
    <message>
        <source>Delete this memo?</source>
        <translation>确定删除此备忘录吗？</translation>
    </message>
</context>
<context>
    <name>MessageCountButton</name>
    <message>
        <source>Messages ?</source>
        <translation>留言 ?</translation>
    </message>
    <message>
        <source>Messages {n}</source>
        <translation>留言 {n}</translation>
    </message>
    <message>
        <source>Open messages: {n}, for you or anyone: {mine}. Click to see them.</source>
        <translation>未处理留言 {n} 条，其中留给你或任何人的 {mine} 条。点击查看。</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>New message</source>
        <translation>新留言</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>File the message under a customer</source>
        <translation>将留言归到某个客户名下</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>不关联客户</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>回电号码</translation>
    </message>
    <message>
        <source>What the caller wants</source>
        <translation>来电人有什么事</translation>
    </message>
    <message>
        <source>&amp;Call back wanted</source>
        <translation>需要回电(&amp;C)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation>来电人(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>号码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>留给(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <source>Taken {time} by {user}</source>
        <translation>{user} 记录于 {time}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Whom is the message about?</source>
        <translation>这条留言与哪位客户有关？</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>For</source>
        <translation>留给</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <source>Call back?</source>
        <translation>需回电</translation>
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
    <name>MessagesPage</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>留给我的</translation>
    </message>
    <message>
        <source>For me: those for you and those for anyone</source>
        <translation>留给我的：留给你的和留给任何人的</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>留给(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>新留言(&amp;N)…</translation>
    </message>
    <message>
        <source>Take a new message (Ctrl+N)</source>
        <translation>记录一条新留言（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the chosen message (Enter)</source>
        <translation>修改所选留言（Enter）</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>标为已处理(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen messages (Del)</source>
        <translation>删除所选留言（Del）</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the card of the message&apos;s customer (Ctrl+O)</source>
        <translation>查看留言所属客户的资料卡（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the chosen messages again (Ctrl+D)</source>
        <translation>将所选留言重新设为未处理（Ctrl+D）</translation>
    </message>
    <message>
        <source>Mark the chosen messages as dealt with (Ctrl+D)</source>
        <translation>将所选留言标为已处理（Ctrl+D）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; for {whom}, {time}, taken by {user}</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt;，留给{whom}，{time}，记录人：{user}</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Call back wanted.</source>
        <translation>需要回电。</translation>
    </message>
    <message>
        <source>Handled by {user} at {time}.</source>
        <translation>{user} 已于 {time} 处理。</translation>
    </message>
    <message>
        <source>Messages shown: {n}; scroll down for older ones.</source>
        <translation>已显示 {n} 条留言；向下滚动查看更早的留言。</translation>
    </message>
    <message>
        <source>No open messages.</source>
        <translation>没有未处理的留言。</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有留言。</translation>
    </message>
    <message>
        <source>Open messages: {n}</source>
        <translation>未处理留言：{n} 条</translation>
    </message>
    <message>
        <source>Messages: {n}</source>
        <translation>留言：{n} 条</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>未知来电人</translation>
    </message>
    <message>
        <source>Delete the message from {who}?</source>
        <translation>确定删除{who}的留言吗？</translation>
    </message>
    <message>
        <source>Delete {n} messages?</source>
        <translation>确定删除 {n} 条留言吗？</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>删除留言</translation>
    </message>
</context>
<context>
    <name>MoveColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
</context>
<context>
    <name>MyPartsPage</name>
    <message>
        <source>&amp;Technician:</source>
        <translation>售后人员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Used:</source>
        <translation>消耗时间(&amp;U)：</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>在手备件</translation>
    </message>
    <message>
        <source>Used on service orders</source>
        <translation>服务单消耗</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{n} parts, {quantity} units in hand, value ¥{value}</source>
        <translation>在手 {n} 种备件，共 {quantity}，金额 ¥{value}</translation>
    </message>
    <message>
        <source>{n} lines on {orders} orders, {quantity} units, charged ¥{amount}</source>
        <translation>{orders} 张服务单共 {n} 行，数量 {quantity}，收费 ¥{amount}</translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <source>Name as the caller gives it</source>
        <translation>来电人自报的姓名</translation>
    </message>
    <message>
        <source>Street and number (optional)</source>
        <translation>街道门牌（可不填）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>More fields…</source>
        <translation>更多资料…</translation>
    </message>
    <message>
        <source>Add to an &amp;existing customer…</source>
        <translation>加到已有客户(&amp;E)…</translation>
    </message>
    <message>
        <source>No customer has this number yet.</source>
        <translation>尚无客户使用此号码。</translation>
    </message>
    <message>
        <source>The caller&apos;s number was not sent.</source>
        <translation>对方未发送号码。</translation>
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
    <name>OrderHistory</name>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Completion record</source>
        <translation>完工记录</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>完工：</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Parts used:</source>
        <translation>使用备件：</translation>
    </message>
    <message>
        <source>Work hours:</source>
        <translation>工时：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>客户反馈：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time}，{user}</translation>
    </message>
    <message>
        <source>parts {parts} + service {service} + transport {transport} = {total}</source>
        <translation>配件 {parts} + 服务 {service} + 交通 {transport} = {total}</translation>
    </message>
    <message>
        <source>Taken: {state}</source>
        <translation>受理：{state}</translation>
    </message>
    <message>
        <source>Changed ({state})</source>
        <translation>修改（{state}）</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>来电日志</translation>
    </message>
    <message>
        <source>Sales &amp; payments</source>
        <translation>购机与回款</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>售后服务单</translation>
    </message>
    <message>
        <source>Due maintenance</source>
        <translation>定期维护</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>维修备件</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新录入客户统计</translation>
    </message>
    <message>
        <source>Purchase statistics</source>
        <translation>购机统计</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>售后服务统计</translation>
    </message>
    <message>
        <source>Parts statistics</source>
        <translation>备件统计</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Users &amp; roles</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>My parts</source>
        <translation>我的备件</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>A4 sheet (210 × 297 mm)</source>
        <translation>A4 纸（210 × 297 mm）</translation>
    </message>
    <message>
        <source>A5 sheet (148 × 210 mm)</source>
        <translation>A5 纸（148 × 210 mm）</translation>
    </message>
    <message>
        <source>Continuous form, wide carriage (241 × 140 mm)</source>
        <translation>宽行连续纸（241 × 140 mm）</translation>
    </message>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>80 mm 小票纸（微型打印机）</translation>
    </message>
    <message>
        <source>Receipt roll 58 mm</source>
        <translation>58 mm 小票纸（微型打印机）</translation>
    </message>
</context>
<context>
    <name>PartCardDialog</name>
    <message>
        <source>Part card</source>
        <translation>备件卡片</translation>
    </message>
    <message>
        <source>Stock per place</source>
        <translation>各地点库存</translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation>出入库记录（最新在前）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>规格型号：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>条码：</translation>
    </message>
    <message>
        <source>Purchase price:</source>
        <translation>进价：</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>售价：</translation>
    </message>
    <message>
        <source>Average cost:</source>
        <translation>平均成本：</translation>
    </message>
    <message>
        <source>Safety stock:</source>
        <translation>安全库存：</translation>
    </message>
    <message>
        <source>Reorder min / max:</source>
        <translation>补货最低 / 最高：</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>All places: {quantity} {unit}, value ¥{value}</source>
        <translation>全部地点：{quantity} {unit}，金额 ¥{value}</translation>
    </message>
    <message>
        <source>(below safety stock)</source>
        <translation>（低于安全库存）</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>New spare part</source>
        <translation>新建维修备件</translation>
    </message>
    <message>
        <source>Edit spare part</source>
        <translation>编辑维修备件</translation>
    </message>
    <message>
        <source>empty: the next number</source>
        <translation>留空：自动编号</translation>
    </message>
    <message>
        <source>e.g. start capacitor 35uF</source>
        <translation>如 启动电容 35uF</translation>
    </message>
    <message>
        <source>e.g. CBB65 450V</source>
        <translation>如 CBB65 450V</translation>
    </message>
    <message>
        <source>e.g. pc</source>
        <translation>如 个</translation>
    </message>
    <message>
        <source>&amp;Inactive: no longer offered for new documents</source>
        <translation>停用(&amp;I)：新单据不再提供</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>编码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>规格型号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>供应商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>条码(&amp;B)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Cost &amp;price:</source>
        <translation>成本价(&amp;P)：</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>销售价(&amp;L)：</translation>
    </message>
    <message>
        <source>Sa&amp;fety stock:</source>
        <translation>安全库存(&amp;F)：</translation>
    </message>
    <message>
        <source>Reorder &amp;minimum:</source>
        <translation>补货下限(&amp;M)：</translation>
    </message>
    <message>
        <source>Reorder ma&amp;ximum:</source>
        <translation>补货上限(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Fits models:</source>
        <translation>适用机型(&amp;F)：</translation>
    </message>
    <message>
        <source>Tick the product models this part fits.</source>
        <translation>勾选该备件适用的机型。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>PartDocumentColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Reversal of {code}</source>
        <translation>冲销 {code}</translation>
    </message>
</context>
<context>
    <name>PartDocumentDialog</name>
    <message>
        <source>New stock-in</source>
        <translation>新建入库单</translation>
    </message>
    <message>
        <source>New issue to a technician</source>
        <translation>新建领用出库单</translation>
    </message>
    <message>
        <source>New return to the store</source>
        <translation>新建退库单</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>新建调拨单</translation>
    </message>
    <message>
        <source>New scrap</source>
        <translation>新建报废单</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>仓库(&amp;S)：</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>供应商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>去向(&amp;T)：</translation>
    </message>
    <message>
        <source>Scrap t&amp;ype:</source>
        <translation>报废类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>处理人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>Post the document (Ctrl+Enter)</source>
        <translation>过账保存单据 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PartDocumentFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Code, supplier or note</source>
        <translation>单号、供应商或备注</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>PartDocumentListModel</name>
    <message>
        <source>Reversed by {code}</source>
        <translation>已被 {code} 冲销</translation>
    </message>
    <message>
        <source>Audited by {who}</source>
        <translation>审核人：{who}</translation>
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
        <translation>类型：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>单号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Service order:</source>
        <translation>售后服务单：</translation>
    </message>
    <message>
        <source>Scrap type:</source>
        <translation>报废类型：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>Reverses:</source>
        <translation>冲销单据：</translation>
    </message>
    <message>
        <source>Reversed by:</source>
        <translation>已被冲销：</translation>
    </message>
    <message>
        <source>{state} by {who}</source>
        <translation>{state}（{who}）</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation>制单：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>{n} pieces, cost {cost}</source>
        <translation>共 {n} 件，成本 {cost}</translation>
    </message>
    <message>
        <source>, price {price}</source>
        <translation>，金额 {price}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
</context>
<context>
    <name>PartDocumentWords</name>
    <message>
        <source>Stock-in</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>领用出库单</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消耗</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Store: {name}</source>
        <translation>仓库：{name}</translation>
    </message>
    <message>
        <source>Technician: {name}</source>
        <translation>售后人员：{name}</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>审核完成</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
</context>
<context>
    <name>PartDocumentsPage</name>
    <message>
        <source>New &amp;stock-in…</source>
        <translation>新建入库单(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;issue…</source>
        <translation>新建领用出库单(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;return…</source>
        <translation>新建退库单(&amp;R)…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>新建调拨单(&amp;T)…</translation>
    </message>
    <message>
        <source>New scra&amp;p…</source>
        <translation>新建报废单(&amp;P)…</translation>
    </message>
    <message>
        <source>New stoc&amp;ktake…</source>
        <translation>新建盘点(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the chosen document with its lines (Enter)</source>
        <translation>查看选中单据及其明细 (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>Move every line of the chosen document back by a reversing document</source>
        <translation>用一张冲销单把选中单据的每一行退回</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chosen stock-ins, issues and scraps on their forms (Ctrl+P)</source>
        <translation>用打印单据格式打印所选的入库单、领用出库单和报废单（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Un-audit</source>
        <translation>取消审核(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表 (F5)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>No parts documents yet.</source>
        <translation>还没有备件单据。</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>没有符合筛选条件的单据。</translation>
    </message>
    <message>
        <source>{n} documents shown; scroll for more.</source>
        <translation>已显示 {n} 张单据；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} documents.</source>
        <translation>共 {n} 张单据。</translation>
    </message>
    <message>
        <source>Reverse {code}</source>
        <translation>冲销 {code}</translation>
    </message>
    <message>
        <source>Reverse {kind} {code}? A new document moves every one of its {n} pieces back; the document itself stays as it is.

Why (the reversal&apos;s note):</source>
        <translation>冲销{kind} {code}？将新建一张单据把它的 {n} 件备件全部退回；原单据保持不变。

原因（冲销单备注）：</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Audit {n} document(s)? Audited documents are locked; a mistake is then corrected by reversing.
{codes}</source>
        <translation>审核 {n} 张单据？审核后单据锁定，如有错误只能冲销更正。
{codes}</translation>
    </message>
    <message>
        <source>Un-audit</source>
        <translation>取消审核</translation>
    </message>
    <message>
        <source>Take back the audit of {n} document(s)? This is written to the audit trail.
{codes}</source>
        <translation>取消 {n} 张单据的审核？此操作将记入操作日志。
{codes}</translation>
    </message>
</context>
<context>
    <name>PartImport</name>
    <message>
        <source>No column is headed 名称 (the part&apos;s name).</source>
        <translation>没有标题为“名称”的列（备件名称）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount in yuan.</source>
        <translation>“{value}”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>The code {code} is also on row {row}.</source>
        <translation>编码 {code} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <source>There is no product model named {name}.</source>
        <translation>没有名为 {name} 的机型。</translation>
    </message>
    <message>
        <source>Several brands have a model {name}: write the brand before it.</source>
        <translation>多个品牌都有型号 {name}：请在前面写上品牌。</translation>
    </message>
</context>
<context>
    <name>PartKinds</name>
    <message>
        <source>Stock-in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>领用出库</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消耗</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>PartLines</name>
    <message>
        <source>Part: code, barcode or name (Insert)</source>
        <translation>备件：编号、条码或名称 (Insert)</translation>
    </message>
    <message>
        <source>Type a code, barcode or part of the name; Enter takes the part, Tab goes on</source>
        <translation>输入编号、条码或名称的一部分；回车选定备件，Tab 到数量</translation>
    </message>
    <message>
        <source>How many; Enter adds the line</source>
        <translation>数量；回车加入此行</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the chosen lines (Delete)</source>
        <translation>删除选中的行 (Delete)</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>(on hand {n})</source>
        <translation>(在手 {n})</translation>
    </message>
    <message>
        <source>No part in use matches “{text}”.</source>
        <translation>没有与“{text}”相符的在用备件。</translation>
    </message>
    <message>
        <source>Less on hand than this line takes</source>
        <translation>在手数量少于本行数量</translation>
    </message>
    <message>
        <source>{lines} lines, {n} pieces</source>
        <translation>共 {lines} 行，{n} 件</translation>
    </message>
    <message>
        <source>, amount {amount}</source>
        <translation>，金额 {amount}</translation>
    </message>
</context>
<context>
    <name>PartPrint</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Only stock-ins, issues and scraps (and their reversals) print.</source>
        <translation>只有入库单、领用出库单和报废单（及其冲销单）可以打印。</translation>
    </message>
</context>
<context>
    <name>PartStatsPage</name>
    <message>
        <source>Per part</source>
        <translation>按备件</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Per technician</source>
        <translation>按售后人员</translation>
    </message>
    <message>
        <source>Per product model</source>
        <translation>按产品型号</translation>
    </message>
    <message>
        <source>Per service type</source>
        <translation>按服务类型</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>F&amp;igures:</source>
        <translation>显示(&amp;I)：</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>售后人员</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Stocked in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>领用</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Consumed (cost)</source>
        <translation>消耗（成本）</translation>
    </message>
    <message>
        <source>Consumed (price)</source>
        <translation>消耗（金额）</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>消耗</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Values at cost; consumption also at the price charged. Reversals count negative for the kind of document they reverse; transfers and stocktakes are not counted.</source>
        <translation>金额按成本计；消耗另按收取的价款计。冲销按所冲销单据的类别计为负数；调拨与盘点不计。</translation>
    </message>
    <message>
        <source>Only parts consumed on service orders have a product model and a service type; everything else is under (none).</source>
        <translation>只有服务单消耗的备件有产品型号和服务类型，其余均计入（无）。</translation>
    </message>
    <message>
        <source>From {first} to {last}: {stocked} stocked in, {consumed} consumed (charged {price}).</source>
        <translation>{first} 至 {last}：入库 {stocked}，消耗 {consumed}（收取 {price}）。</translation>
    </message>
    <message>
        <source>No parts moved in this period.</source>
        <translation>本期没有备件进出。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Parts statistics</source>
        <translation>备件统计</translation>
    </message>
    <message>
        <source>Export parts statistics to Excel</source>
        <translation>将备件统计导出到 Excel</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>销售价</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Code, name, specification or barcode</source>
        <translation>编码、名称、规格型号或条码</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Show &amp;inactive parts</source>
        <translation>显示已停用备件(&amp;I)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Set inactive or in use again</source>
        <translation>停用或重新启用</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import parts from an Excel workbook</source>
        <translation>从 Excel 工作簿导入备件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the catalogue to an Excel workbook</source>
        <translation>把备件资料导出到 Excel 工作簿</translation>
    </message>
    <message>
        <source>Ins or Ctrl+N adds a part, Enter or F2 edits it, Del deletes it. A part that documents name cannot be deleted: set it inactive and it is no longer offered.</source>
        <translation>Ins 或 Ctrl+N 新增备件，Enter 或 F2 编辑，Del 删除。单据上用过的备件不能删除：停用后不再提供。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 种备件</numerusform>
        </translation>
    </message>
    <message>
        <source>first {shown} of {total} parts</source>
        <translation>共 {total} 种备件，显示前 {shown} 种</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Delete spare part</source>
        <translation>删除维修备件</translation>
    </message>
    <message>
        <source>Delete the spare part “{name}”?</source>
        <translation>删除维修备件“{name}”吗？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Spare part in use</source>
        <translation>备件已使用</translation>
    </message>
    <message>
        <source>Documents name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those documents but is no longer offered for new ones.</source>
        <translation>单据上用过“{name}”，不能删除。

改为停用吗？它仍保留在这些单据上，但新单据不再提供。</translation>
    </message>
    <message>
        <source>Set &amp;inactive</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Export spare parts</source>
        <translation>导出维修备件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) exported to {file}.</source>
        <translation>
            <numerusform>已导出 %n 种备件到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import spare parts</source>
        <translation>导入维修备件</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 还有 {n} 条</translation>
    </message>
    <message>
        <source>{file}: {read} rows read, {valid} can be imported, {bad} refused.</source>
        <translation>{file}：读取 {read} 行，可导入 {valid} 行，拒绝 {bad} 行。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n part(s)</source>
        <translation>
            <numerusform>导入 %n 种备件(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) imported from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 种备件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>备件库存</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>备件单据</translation>
    </message>
    <message>
        <source>My parts</source>
        <translation>我的备件</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>维修消耗明细</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>补货</translation>
    </message>
</context>
<context>
    <name>PartsSettingsPage</name>
    <message>
        <source>Allow &amp;negative stock</source>
        <translation>允许负库存(&amp;N)</translation>
    </message>
    <message>
        <source>Documents may then take more parts than a store or technician holds, for shops that enter documents late. Needs the permission to manage settings.</source>
        <translation>单据出库可超过仓库或售后人员的在手数量，适合补录单据的店。需要“管理设置”权限。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Refund — {code}</source>
        <translation>退款 — {code}</translation>
    </message>
    <message>
        <source>Record payment — {code}</source>
        <translation>回款 — {code}</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. 退货</source>
        <translation>退款原因，例如 退货</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount refunded:</source>
        <translation>退款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>回款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>付款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>退款原因(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record &amp;refund</source>
        <translation>登记退款(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>登记回款(&amp;R)</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>尚无回款记录。</translation>
    </message>
    <message>
        <source>You may look, but not record payments.</source>
        <translation>您可以查看，但无权登记回款。</translation>
    </message>
    <message>
        <source>Receivable:</source>
        <translation>应收金额：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>实收金额：</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>欠款金额：</translation>
    </message>
    <message>
        <source>This sale was voided: {reason}</source>
        <translation>此购机记录已作废：{reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>备注 / 原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
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
    <name>PhoneKinds</name>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PhoneLabels</name>
    <message>
        <source>Serial port (modem, Whozz Calling)</source>
        <translation>串口（调制解调器、Whozz Calling）</translation>
    </message>
    <message>
        <source>Whozz Calling on the network (UDP)</source>
        <translation>网络版 Whozz Calling（UDP）</translation>
    </message>
    <message>
        <source>NCID server</source>
        <translation>NCID 服务器</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
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
        <translation>调制解调器</translation>
    </message>
    <message>
        <source>Modem, hex packets</source>
        <translation>调制解调器，十六进制数据包</translation>
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
        <translation>{format}（默认）</translation>
    </message>
    <message>
        <source>The port the box is plugged into (COM3, /dev/ttyUSB0), or a pyserial URL such as socket://HOST:PORT. Modems and Whozz Calling units on a serial cable.</source>
        <translation>来电盒所接的端口（COM3、/dev/ttyUSB0），或 pyserial 地址，例如 socket://主机:端口。用于串口线连接的调制解调器和 Whozz Calling 来电盒。</translation>
    </message>
    <message>
        <source>Where to listen for a Whozz Calling Ethernet Link unit: udp://0.0.0.0:3520 hears the unit on every network card.</source>
        <translation>接收 Whozz Calling 网络版来电盒的监听地址：udp://0.0.0.0:3520 表示在所有网卡上接收。</translation>
    </message>
    <message>
        <source>The NCID server&apos;s address, e.g. ncid://192.168.1.10:3333.</source>
        <translation>NCID 服务器的地址，例如 ncid://192.168.1.10:3333。</translation>
    </message>
    <message>
        <source>sim:demo rings now and then with made-up calls (sim:demo?every=15&amp;lines=3); sim:FILE plays a script of timed events.</source>
        <translation>sim:demo 不时模拟来电（sim:demo?every=15&amp;lines=3）；sim:文件 按脚本定时播放事件。</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>振铃</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <source>Off hook</source>
        <translation>摘机</translation>
    </message>
    <message>
        <source>On hook</source>
        <translation>挂机</translation>
    </message>
    <message>
        <source>Hook flash</source>
        <translation>拍叉</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <source>number unavailable</source>
        <translation>号码不可用</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
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
    <name>PhoneLinesPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Port or address</source>
        <translation>端口或地址</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Modem commands</source>
        <translation>调制解调器命令</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>添加设备(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Te&amp;st device…</source>
        <translation>测试设备(&amp;S)…</translation>
    </message>
    <message>
        <source>Caller-ID devices</source>
        <translation>来电显示设备</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device line</source>
        <translation>设备线路</translation>
    </message>
    <message>
        <source>Pop up here</source>
        <translation>本机弹窗</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>录音来源</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>添加线路(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>删除线路(&amp;I)</translation>
    </message>
    <message>
        <source>Station lines (1 to {count})</source>
        <translation>本机线路（1 到 {count}）</translation>
    </message>
    <message>
        <source>The caller pop-up takes the keyboard focus</source>
        <translation>来电弹窗获取键盘焦点</translation>
    </message>
    <message>
        <source> s after the call</source>
        <translation> 秒（通话结束后）</translation>
    </message>
    <message>
        <source>never (close by hand)</source>
        <translation>不自动关闭（手动关闭）</translation>
    </message>
    <message>
        <source>Close the pop-&amp;up:</source>
        <translation>关闭弹窗(&amp;U)：</translation>
    </message>
    <message>
        <source>This station&apos;s &amp;name:</source>
        <translation>本工作站名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Other stations&apos; calls on lines:</source>
        <translation>其他工作站来电在本机弹窗的线路：</translation>
    </message>
    <message>
        <source>These settings apply to this PC only. A pinned pop-up stays open. Calls on the lines ticked pop up here when another station&apos;s device takes them (the others see this station by its name). After OK or Apply the phone lines restart with the new settings.</source>
        <translation>这些设置只对本机有效。已固定的弹窗不会自动关闭。勾选线路上的来电由其他工作站的设备接收时，也在本机弹窗（其他工作站按本站名称显示本机）。点击“确定”或“应用”后，电话线路将按新设置重新启动。</translation>
    </message>
    <message>
        <source>Device “{name}”: {problem}</source>
        <translation>设备“{name}”：{problem}</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>线路 {number}：{problem}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
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
    <name>PhoneRow</name>
    <message>
        <source>e.g. 138 0013 8000 or 010-6234 5678</source>
        <translation>例如：138 0013 8000 或 010-6234 5678</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>删除此号码</translation>
    </message>
    <message>
        <source>This number also belongs to {customers}. You can save anyway.</source>
        <translation>此号码同时属于 {customers}，仍可保存。</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>服务号码</translation>
    </message>
    <message>
        <source>not a complete number yet</source>
        <translation>号码尚不完整</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>客户组</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print {kind} — {title}</source>
        <translation>打印{kind} — {title}</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>选择打印机并打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the slips to a PDF file (Ctrl+S)</source>
        <translation>把单据保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>{records} record(s), {copies} copy(ies) each</source>
        <translation>共 {records} 张单据，每张 {copies} 联</translation>
    </message>
    <message>
        <source>The printer did not take the job.</source>
        <translation>打印机未接受此打印任务。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}; is it open in another program?</source>
        <translation>无法把 PDF 写入 {path}；文件是否正被其他程序打开？</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>PrintFields</name>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Sales slip</source>
        <translation>销售单</translation>
    </message>
    <message>
        <source>Parts stock-in</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Parts issue</source>
        <translation>领用出库单</translation>
    </message>
    <message>
        <source>Parts scrap</source>
        <translation>报废单</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>第几联</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>联数</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Phone (first)</source>
        <translation>电话（第一个）</translation>
    </message>
    <message>
        <source>All phones</source>
        <translation>全部电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Sale number</source>
        <translation>销售单号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购机日期</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>商品名称型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount receivable</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Amount receivable in words</source>
        <translation>应收金额（大写）</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Amount outstanding</source>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>商品销售单位</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>技术负责人</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Next maintenance date</source>
        <translation>下次保养日期</translation>
    </message>
    <message>
        <source>Next callback date</source>
        <translation>下次回访日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason the sale was voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Custom fields (list)</source>
        <translation>自定义字段（列表）</translation>
    </message>
    <message>
        <source>Payments (list)</source>
        <translation>回款记录（列表）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>In / out of warranty</source>
        <translation>保内/保外</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>售后人员</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接线员</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Feedback boxes, the recorded one ticked (list)</source>
        <translation>客户意见勾选框（所记录的一项打勾，列表）</translation>
    </message>
    <message>
        <source>Purchase record number</source>
        <translation>购机记录单号</translation>
    </message>
    <message>
        <source>Parts fee</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Transport fee</source>
        <translation>交通费</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>单据标题</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>单据日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>售后人员</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Scrap type</source>
        <translation>报废类别</translation>
    </message>
    <message>
        <source>Scrap handled by</source>
        <translation>报废处理人</translation>
    </message>
    <message>
        <source>Reverses document</source>
        <translation>冲销单据</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>制单时间</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Audited at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>合计数量</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>合计金额</translation>
    </message>
    <message>
        <source>Total amount in words</source>
        <translation>合计金额（大写）</translation>
    </message>
    <message>
        <source>Lines (list: no, code, name, spec, unit, quantity, unit_cost, cost)</source>
        <translation>明细行（列表：序号、编号、名称、规格、单位、数量、单价、金额）</translation>
    </message>
    <message>
        <source>Custom field {n}</source>
        <translation>自定义字段 {n}</translation>
    </message>
</context>
<context>
    <name>PrintForms</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
</context>
<context>
    <name>PrintFormsTab</name>
    <message>
        <source>{kind}, printed by default:</source>
        <translation>{kind}默认打印格式：</translation>
    </message>
    <message>
        <source>&amp;Design print forms…</source>
        <translation>设计打印格式(&amp;D)…</translation>
    </message>
    <message>
        <source>Dispatch slips and sales slips print on A4 or A5 sheets, 241 × 140 mm continuous forms (wide-carriage printers) or 80 / 58 mm receipt rolls. Change a form&apos;s layout, copies (二联/三联) and offset for pre-printed paper, or add forms of your own, in the designer.</source>
        <translation>派工单和销售单可打印在 A4、A5 纸，241 × 140 mm 宽行连续纸（针式打印机），或 80 / 58 mm 小票纸（微型打印机）上。在设计器中可以修改格式的版式、联数（二联/三联）和套打偏移，也可以新增本店自己的格式。</translation>
    </message>
</context>
<context>
    <name>PrintTemplateEditor</name>
    <message>
        <source>Qt rich text: tables, alignment, font size and weight. {{ field }} prints a value; {% for … %} … {% endfor %} repeats a list; {% if … %} … {% endif %} prints only when; {# … #} is a note that does not print.</source>
        <translation>Qt 富文本：可用表格、对齐、字号和粗细。{{ 字段 }} 打印一个值；{% for … %} … {% endfor %} 重复列表中的每一项；{% if … %} … {% endif %} 仅在条件成立时打印；{# … #} 是不打印的备注。</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>打印格式设置</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>新建格式(&amp;N)…</translation>
    </message>
    <message>
        <source>A copy of the chosen form under a new name (Ctrl+N)</source>
        <translation>以新名称复制所选格式（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the form as it ships with the program</source>
        <translation>恢复为程序自带的格式</translation>
    </message>
    <message>
        <source>Use as de&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>Print this form when no other is chosen</source>
        <translation>未选择格式时使用此格式打印</translation>
    </message>
    <message>
        <source>2 or 3 for a two- or three-part form (二联/三联)</source>
        <translation>二联填 2，三联填 3</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S)</source>
        <translation>保存格式（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单据(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Offset right / down (mm):</source>
        <translation>偏移 右 / 下（毫米）：</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>联数(&amp;C)：</translation>
    </message>
    <message>
        <source>The offset moves the print for pre-printed forms.</source>
        <translation>偏移用于在预印单据上套打时调整打印位置。</translation>
    </message>
    <message>
        <source>Form (HTML with {{ placeholders }}):</source>
        <translation>格式（HTML，{{ 占位符 }}）：</translation>
    </message>
    <message>
        <source>Fields (double-click to insert):</source>
        <translation>字段（双击插入）：</translation>
    </message>
    <message>
        <source>Preview with an example record:</source>
        <translation>预览（示例数据）：</translation>
    </message>
    <message>
        <source>You may look, but not change print forms.</source>
        <translation>您可以查看，但不能修改打印格式。</translation>
    </message>
    <message>
        <source>Built-in form “{name}”</source>
        <translation>内置格式“{name}”</translation>
    </message>
    <message>
        <source>There is already a form called {name}.</source>
        <translation>已有名为 {name} 的格式。</translation>
    </message>
    <message>
        <source>Form source</source>
        <translation>表单源码</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>新建格式</translation>
    </message>
    <message>
        <source>Name of the new form:</source>
        <translation>新格式的名称：</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>删除格式</translation>
    </message>
    <message>
        <source>Delete the form {name}? This cannot be undone.</source>
        <translation>删除格式 {name}？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Revert form</source>
        <translation>恢复默认格式</translation>
    </message>
    <message>
        <source>Undo the shop&apos;s changes to this form&apos;s design?</source>
        <translation>撤销本店对此格式版式的修改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to this form?</source>
        <translation>保存对此格式的修改？</translation>
    </message>
</context>
<context>
    <name>ProductModelDialog</name>
    <message>
        <source>New product model</source>
        <translation>新增商品型号</translation>
    </message>
    <message>
        <source>Edit product model</source>
        <translation>修改商品型号</translation>
    </message>
    <message>
        <source>e.g. Gree</source>
        <translation>如：格力</translation>
    </message>
    <message>
        <source>e.g. KFR-35GW</source>
        <translation>如：KFR-35GW</translation>
    </message>
    <message>
        <source>e.g. air conditioner</source>
        <translation>如：空调</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation>不保修</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>no maintenance</source>
        <translation>不保养</translation>
    </message>
    <message>
        <source>no callback</source>
        <translation>不回访</translation>
    </message>
    <message>
        <source>&amp;Inactive: no longer offered for new sales</source>
        <translation>停用(&amp;I)：新购机记录中不再提供</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation>标准价格(&amp;P)：</translation>
    </message>
    <message>
        <source>In yuan, e.g. 2999.00; empty when the price varies.</source>
        <translation>单位：元，如 2999.00；价格不固定时留空。</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>保修期(&amp;W)：</translation>
    </message>
    <message>
        <source>Maintenance &amp;every:</source>
        <translation>保养周期(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;allback every:</source>
        <translation>回访周期(&amp;A)：</translation>
    </message>
    <message>
        <source>A new sale of this model takes its warranty end and its next maintenance and callback dates from these; each sale can still change them.</source>
        <translation>新购机记录据此计算保修期至、下次保养日期和下次回访日期；每条购机记录仍可单独修改。</translation>
    </message>
</context>
<context>
    <name>ProductModelsPage</name>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <source>Warranty (mo.)</source>
        <translation>保修期(月)</translation>
    </message>
    <message>
        <source>Maintenance (d)</source>
        <translation>保养周期(天)</translation>
    </message>
    <message>
        <source>Callback (d)</source>
        <translation>回访周期(天)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Warranty in months</source>
        <translation>保修期，以月计</translation>
    </message>
    <message>
        <source>Maintenance every so many days from the sale or installation (0: none)</source>
        <translation>自购机或安装之日起每隔多少天保养一次（0：不保养）</translation>
    </message>
    <message>
        <source>A callback every so many days from the sale or installation (0: none)</source>
        <translation>自购机或安装之日起每隔多少天回访一次（0：不回访）</translation>
    </message>
    <message>
        <source>Brand, model or category</source>
        <translation>品牌、型号或类别</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds a model, Enter or F2 edits it, Del deletes it. A model that purchase records name cannot be deleted: set it inactive and it is no longer offered for new sales.</source>
        <translation>本页的修改立即保存。按 Ins 或 Ctrl+N 添加型号，Enter 或 F2 修改，Del 删除。购机记录已使用的型号不能删除：将其停用后，新购机记录中不再提供该型号。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Delete product model</source>
        <translation>删除商品型号</translation>
    </message>
    <message>
        <source>Delete the product model “{name}”?</source>
        <translation>确定删除商品型号“{name}”吗？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Product model in use</source>
        <translation>商品型号已被使用</translation>
    </message>
    <message>
        <source>Purchase records name “{name}”, so it cannot be deleted.

Set it inactive instead? It stays on those records but is no longer offered for new sales.</source>
        <translation>购机记录中使用了“{name}”，因此不能删除。

改为停用吗？停用后它仍保留在这些购机记录中，但新购机记录中不再提供。</translation>
    </message>
    <message>
        <source>Set &amp;inactive</source>
        <translation>停用(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PurchaseTexts</name>
    <message>
        <source>In warranty, days left: {n}</source>
        <translation>保内 剩{n}天</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保外</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>计划打印(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>账单信息(&amp;B)：</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>任务优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add (Ins, Ctrl+N)</source>
        <translation>添加（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit (Enter, F2, double-click)</source>
        <translation>修改（Enter、F2、双击）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Calls cannot be recorded: the sound library PortAudio is not installed on this PC (on Debian or Ubuntu: apt install libportaudio2).</source>
        <translation>无法录音：本机未安装声音库 PortAudio（Debian 或 Ubuntu 上：apt install libportaudio2）。</translation>
    </message>
    <message>
        <source>Calls cannot be recorded: the soundfile package cannot be loaded.</source>
        <translation>无法录音：无法加载 soundfile 软件包。</translation>
    </message>
    <message>
        <source>Calls cannot be recorded: this PC has no sound input (microphone or line in).</source>
        <translation>无法录音：本机没有声音输入（麦克风或线路输入）。</translation>
    </message>
    <message>
        <source>The line&apos;s sound input could not be opened: is it plugged in and free?</source>
        <translation>无法打开此线路的声音输入：请检查是否已插好、是否被其他程序占用。</translation>
    </message>
    <message>
        <source>The recording could not be written: is the disk full or read-only?</source>
        <translation>无法写入录音文件：磁盘是否已满或只读？</translation>
    </message>
</context>
<context>
    <name>ReorderColumns</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>备件编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>建议采购</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>参考单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ReorderPage</name>
    <message>
        <source>Export &amp;purchase list…</source>
        <translation>导出采购单(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the list as a purchase list to Excel</source>
        <translation>将补货清单导出为 Excel 采购单</translation>
    </message>
    <message>
        <source>Open part &amp;card</source>
        <translation>打开备件卡片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Parts below their safety stock or reorder minimum (all stores and technicians counted), to buy up to the reorder maximum.</source>
        <translation>库存（含全部仓库和售后人员）低于安全库存或补货最低量的备件，建议补货至最高库存。</translation>
    </message>
    <message>
        <source>{n} parts to reorder, about ¥{amount}.</source>
        <translation>需补货 {n} 种备件，约 ¥{amount}。</translation>
    </message>
    <message>
        <source>No part is below its safety stock or reorder minimum.</source>
        <translation>没有低于安全库存或补货最低量的备件。</translation>
    </message>
    <message>
        <source>Export the purchase list</source>
        <translation>导出采购单</translation>
    </message>
    <message>
        <source>The purchase list could not be written: {reason}</source>
        <translation>采购单未能写入：{reason}</translation>
    </message>
    <message>
        <source>Purchase list written: {n} lines. File: {path}</source>
        <translation>采购单已写入 {n} 行。文件：{path}</translation>
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
        <source>Does service &amp;work: its users are technicians</source>
        <translation>从事售后服务(&amp;W)：此角色的用户为维修人员</translation>
    </message>
    <message>
        <source>The users with this role are offered when technicians are assigned to a service order, and their order list starts on their own orders.</source>
        <translation>给售后服务单指派维修人员时列出此角色的用户，他们的服务单列表默认只显示自己的服务单。</translation>
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
        <source>Delete the role &apos;{name}&apos;?</source>
        <translation>确定要删除角色“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <source>Sale {code} has payments, so it cannot be deleted.</source>
        <translation>购机记录 {code} 已有回款，不能删除。</translation>
    </message>
    <message>
        <source>Delete purchase record</source>
        <translation>删除购机记录</translation>
    </message>
    <message>
        <source>Delete purchase record {code} ({customer}, {product})? This cannot be undone.</source>
        <translation>删除购机记录 {code}（{customer}，{product}）？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Void it instead: it leaves every list and total but stays on record, with its payments. Why is it voided?</source>
        <translation>可以改为作废：作废后不再计入任何列表和合计，但记录及其回款仍会保留。作废原因：</translation>
    </message>
    <message>
        <source>Void purchase record {code}</source>
        <translation>作废购机记录 {code}</translation>
    </message>
</context>
<context>
    <name>SaleColumns</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>购机日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>销售单位</translation>
    </message>
    <message>
        <source>Warranty to</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>SaleConflicts</name>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <source>New purchase record</source>
        <translation>新增购机记录</translation>
    </message>
    <message>
        <source>Purchase record {code}</source>
        <translation>购机记录 {code}</translation>
    </message>
    <message>
        <source>This sale was voided: {reason}</source>
        <translation>此购机记录已作废：{reason}</translation>
    </message>
    <message>
        <source>You may look, but not change sales.</source>
        <translation>您可以查看，但无权修改购机记录。</translation>
    </message>
    <message>
        <source>You may look, but not record sales.</source>
        <translation>您可以查看，但无权登记购机记录。</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>保存（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Print sales slip…</source>
        <translation>打印销售单…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the slip of this sale as saved (Ctrl+Alt+P)</source>
        <translation>预览、打印已保存的销售单，或另存为 PDF（Ctrl+Alt+P）</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Who bought the product?</source>
        <translation>购机客户是哪位？</translation>
    </message>
    <message>
        <source>Please choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
</context>
<context>
    <name>SaleFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every sale</source>
        <translation>所有购机记录</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Sales with money still owed (Ctrl+Shift+O)</source>
        <translation>尚有欠款的购机记录（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>不欠款</translation>
    </message>
    <message>
        <source>Sales paid in full</source>
        <translation>已全部付清的购机记录</translation>
    </message>
    <message>
        <source>Show every customer&apos;s sales</source>
        <translation>显示所有客户的购机记录</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>显示已作废(&amp;V)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>购机日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Sale&amp;sperson:</source>
        <translation>业务员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>销售单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Any customer…</source>
        <translation>全部客户…</translation>
    </message>
    <message>
        <source>Show one customer&apos;s sales (Ctrl+F)</source>
        <translation>只显示一个客户的购机记录（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message>
        <source>Quantity × unit price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Customer and product</source>
        <translation>客户与商品</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Product &amp;model:</source>
        <translation>商品名称型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>业务员(&amp;P)：</translation>
    </message>
    <message>
        <source>Sales &amp;unit:</source>
        <translation>商品销售单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Amounts (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Unit pri&amp;ce:</source>
        <translation>单价(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Receivable:</source>
        <translation>应收金额(&amp;R)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>实收金额：</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>欠款金额：</translation>
    </message>
    <message>
        <source>Dates and warranty</source>
        <translation>日期与保修</translation>
    </message>
    <message>
        <source>Sale &amp;date:</source>
        <translation>购机日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Installed on:</source>
        <translation>安装日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Warranty until:</source>
        <translation>保修期至(&amp;W)：</translation>
    </message>
    <message>
        <source>Maintenance and callbacks</source>
        <translation>保养与回访</translation>
    </message>
    <message>
        <source>Main&amp;tenance every:</source>
        <translation>保养周期(&amp;T)：</translation>
    </message>
    <message>
        <source>Next maintenance:</source>
        <translation>下次保养日期：</translation>
    </message>
    <message>
        <source>Call&amp;back every:</source>
        <translation>回访周期(&amp;B)：</translation>
    </message>
    <message>
        <source>Next callback:</source>
        <translation>下次回访日期：</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Field {n}:</source>
        <translation>自定义{n}：</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SaleStatsPage</name>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Per product model</source>
        <translation>按商品型号</translation>
    </message>
    <message>
        <source>Per sales rep</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>Per sales unit</source>
        <translation>按销售单位</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>业务员(&amp;R)：</translation>
    </message>
    <message>
        <source>Sales &amp;unit:</source>
        <translation>销售单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Received counts every payment made to date on these sales, refunds subtracted; outstanding = receivable − received.</source>
        <translation>实收金额为这些购机记录至今收到的全部回款（已扣除退款）；欠款金额 = 应收金额 − 实收金额。</translation>
    </message>
    <message>
        <source>All sales reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All sales units</source>
        <translation>全部销售单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>商品名称型号</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sales unit</source>
        <translation>商品销售单位</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{n} sales from {first} to {last}, {owed} outstanding.</source>
        <translation>{first} 至 {last} 共 {n} 笔购机，欠款 {owed}。</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>本时段没有购机记录。</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Receivable, running total</source>
        <translation>应收金额累计</translation>
    </message>
    <message>
        <source>Received, running total</source>
        <translation>实收金额累计</translation>
    </message>
    <message>
        <source>Purchase statistics</source>
        <translation>购机统计</translation>
    </message>
    <message>
        <source>Export purchase statistics to Excel</source>
        <translation>将购机统计导出到 Excel</translation>
    </message>
</context>
<context>
    <name>SaleTotalsBar</name>
    <message>
        <source>Totals of every sale the filters let through, loaded or not</source>
        <translation>符合筛选条件的全部购机记录的合计（不只是已加载的行）</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>笔数：</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Receivable:</source>
        <translation>应收合计：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>实收合计：</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>欠款合计：</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>&amp;New sale…</source>
        <translation>新增购机(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a purchase (Ctrl+N)</source>
        <translation>录入一条购机记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the chosen sale, to change it (Enter)</source>
        <translation>查看并修改所选购机记录（回车）</translation>
    </message>
    <message>
        <source>Show the chosen sale (Enter)</source>
        <translation>查看所选购机记录（回车）</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Record money received for the sale (Ctrl+P)</source>
        <translation>登记这笔购机收到的货款（Ctrl+P）</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <source>Pay money back to the customer (Ctrl+Shift+P)</source>
        <translation>把钱退还给客户（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Void / delete…</source>
        <translation>作废/删除(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete the sale, or void it with a reason once money was paid (Del)</source>
        <translation>删除购机记录；已有回款的须注明原因作废（Del）</translation>
    </message>
    <message>
        <source>P&amp;rint sales slip…</source>
        <translation>打印销售单(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the chosen sale&apos;s slip (Ctrl+Alt+P)</source>
        <translation>预览并打印所选销售记录的销售单 (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the card of the sale&apos;s customer (Ctrl+O)</source>
        <translation>显示该购机客户的资料卡（Ctrl+O）</translation>
    </message>
    <message>
        <source>Owing only</source>
        <translation>只看欠款</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>No sale matches the filters.</source>
        <translation>没有符合筛选条件的购机记录。</translation>
    </message>
    <message>
        <source>No sales yet: record one with New sale (Ctrl+N).</source>
        <translation>还没有购机记录：用“新增购机”（Ctrl+N）录入。</translation>
    </message>
    <message>
        <source>{n}+ shown, newest first; scroll for more.</source>
        <translation>已显示 {n}+ 条，最新在前；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} shown, newest first.</source>
        <translation>共 {n} 条，最新在前。</translation>
    </message>
    <message>
        <source>Sale {code} recorded; the filters hide it.</source>
        <translation>购机记录 {code} 已保存，但不符合当前筛选条件，未显示。</translation>
    </message>
    <message>
        <source>Sale {code} was deleted meanwhile.</source>
        <translation>购机记录 {code} 已被删除。</translation>
    </message>
    <message>
        <source>Show the sales of this customer:</source>
        <translation>显示此客户的购机记录：</translation>
    </message>
</context>
<context>
    <name>SalesUnitDialog</name>
    <message>
        <source>New sales unit</source>
        <translation>新增商品销售单位</translation>
    </message>
    <message>
        <source>Edit sales unit</source>
        <translation>修改商品销售单位</translation>
    </message>
    <message>
        <source>e.g. Downtown store</source>
        <translation>如：城东门店</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Technical lead:</source>
        <translation>技术负责人(&amp;T)：</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>业务员(&amp;R)：</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SalesUnitsPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>技术负责人</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once. Ins or Ctrl+N adds a sales unit, Enter or F2 edits it, Del deletes it.</source>
        <translation>本页的修改立即保存。按 Ins 或 Ctrl+N 添加销售单位，Enter 或 F2 修改，Del 删除。</translation>
    </message>
    <message>
        <source>Delete sales unit</source>
        <translation>删除商品销售单位</translation>
    </message>
    <message>
        <source>Delete the sales unit “{name}”? Its purchase records keep everything else; their sales unit becomes empty.</source>
        <translation>确定删除商品销售单位“{name}”吗？其购机记录的其他内容不变，销售单位一栏变为空。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ServerUnreachableDialog</name>
    <message>
        <source>Yuntian cannot open its database</source>
        <translation>云天无法打开数据库</translation>
    </message>
    <message>
        <source>Retry once the problem is solved, or use Settings to change where this PC looks for the data. The log file in the profile folder has the details.</source>
        <translation>问题解决后请点击“重试”，或点击“设置”更改本机的数据位置。详细信息见配置文件夹中的日志文件。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Yuntian cannot open its data file {where}.</source>
        <translation>云天无法打开数据文件 {where}。</translation>
    </message>
    <message>
        <source>Yuntian cannot open its database {where}.</source>
        <translation>云天无法打开数据库 {where}。</translation>
    </message>
    <message>
        <source>Looking for the reason…</source>
        <translation>正在查找原因…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
</context>
<context>
    <name>ServiceOrderActions</name>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Mark {n} order(s) as dispatched without printing their slips?
{codes}</source>
        <translation>不打印派工单，直接将 {n} 张服务单标为已出单派工？
{codes}</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Audit {n} order(s)? Audited orders cannot be changed until the audit is taken back.
{codes}</source>
        <translation>审核 {n} 张服务单？审核后不能修改，除非取消审核。
{codes}</translation>
    </message>
    <message>
        <source>Un-audit</source>
        <translation>取消审核</translation>
    </message>
    <message>
        <source>Take back the audit of {n} order(s)? They can then be changed again; this is written to the audit trail.
{codes}</source>
        <translation>取消 {n} 张服务单的审核？之后可再修改；此操作记入操作日志。
{codes}</translation>
    </message>
    <message>
        <source>Delete service order</source>
        <translation>删除售后服务单</translation>
    </message>
    <message>
        <source>Delete service order {codes} with its history? This cannot be undone.</source>
        <translation>删除售后服务单 {codes} 及其处理记录？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Cancel service order {code}</source>
        <translation>取消售后服务单 {code}</translation>
    </message>
    <message>
        <source>{customer}: {fault}

Why is the order cancelled?</source>
        <translation>{customer}：{fault}

取消的原因是什么？</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消服务单</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
</context>
<context>
    <name>ServiceOrderColumns</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接线员</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>费用合计</translation>
    </message>
</context>
<context>
    <name>ServiceOrderConflicts</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ServiceOrderEditor</name>
    <message>
        <source>New service order</source>
        <translation>新建售后服务单</translation>
    </message>
    <message>
        <source>Service order {code} · {state}</source>
        <translation>售后服务单 {code} · {state}</translation>
    </message>
    <message>
        <source>Audited by {user} on {time}: this order can no longer be changed.</source>
        <translation>已由 {user} 于 {time} 审核完成：此单不能再修改。</translation>
    </message>
    <message>
        <source>Cancelled by {user} on {time}: {reason}</source>
        <translation>已由 {user} 于 {time} 取消：{reason}</translation>
    </message>
    <message>
        <source>You may look, but not take service orders.</source>
        <translation>您可以查看，但无权受理售后服务单。</translation>
    </message>
    <message>
        <source>You may look, but not change this order.</source>
        <translation>您可以查看，但无权修改此单。</translation>
    </message>
    <message>
        <source>Print dispatch slip…</source>
        <translation>打印派工单…</translation>
    </message>
    <message>
        <source>Save and &amp;print dispatch slip…</source>
        <translation>保存并打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>{user}, {time}</source>
        <translation>{user}，{time}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Not bought here…</source>
        <translation>非本店购买…</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>不涉及产品</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>序列号 {serial}</translation>
    </message>
    <message>
        <source>bought {day}</source>
        <translation>{day} 购买</translation>
    </message>
    <message>
        <source>Which product? Choose one</source>
        <translation>哪台产品？请选择</translation>
    </message>
    <message>
        <source>In this order: {names}</source>
        <translation>派工顺序：{names}</translation>
    </message>
    <message>
        <source>Who needs the service?</source>
        <translation>为哪位客户报修？</translation>
    </message>
</context>
<context>
    <name>ServiceOrderFilterBar</name>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every customer&apos;s orders</source>
        <translation>显示所有客户的服务单</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>保修(&amp;W)：</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>所有服务单</translation>
    </message>
    <message>
        <source>Appointment passed, not yet completed</source>
        <translation>预约时间已过、尚未完成</translation>
    </message>
    <message>
        <source>Orders now {state}</source>
        <translation>当前为“{state}”的服务单</translation>
    </message>
    <message>
        <source>Any customer…</source>
        <translation>所有客户…</translation>
    </message>
    <message>
        <source>Show one customer&apos;s orders (Ctrl+F)</source>
        <translation>只显示一个客户的服务单 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ServiceOrderForm</name>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>手工设定(&amp;H)：</translation>
    </message>
    <message>
        <source>Why (required), e.g. invoice shown</source>
        <translation>原因（必填），如：客户出示发票</translation>
    </message>
    <message>
        <source>What the customer says is wrong</source>
        <translation>客户描述的故障现象</translation>
    </message>
    <message>
        <source>Customer and contact</source>
        <translation>客户与联系人</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Product and warranty</source>
        <translation>产品与保修</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>产品(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Bought on:</source>
        <translation>购买日期：</translation>
    </message>
    <message>
        <source>Leave empty when unknown. It is saved as a purchase record.</source>
        <translation>不清楚可不填。将另存为一条购机记录。</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>保修：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Fault and dispatch</source>
        <translation>故障与派工</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>故障描述(&amp;F)：</translation>
    </message>
    <message>
        <source>Priori&amp;ty:</source>
        <translation>紧急程度(&amp;T)：</translation>
    </message>
    <message>
        <source>Service t&amp;ype:</source>
        <translation>服务类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Appoint&amp;ment:</source>
        <translation>预约时间(&amp;M)：</translation>
    </message>
    <message>
        <source>Techni&amp;cians:</source>
        <translation>维修人员(&amp;C)：</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>接线员：</translation>
    </message>
</context>
<context>
    <name>ServiceOrderListModel</name>
    <message>
        <source>Overdue: the appointment has passed</source>
        <translation>逾期：预约时间已过</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>ServiceOrderTexts</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已出单派工</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>售后完成</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>审核完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保外</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
</context>
<context>
    <name>ServiceOrdersPage</name>
    <message>
        <source>&amp;New order…</source>
        <translation>新建服务单(&amp;N)…</translation>
    </message>
    <message>
        <source>Take a service order (Ctrl+N)</source>
        <translation>受理一张售后服务单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the chosen order, to change it (Enter)</source>
        <translation>显示所选服务单，可修改 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>派工(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the chosen pending orders dispatched without printing (Ctrl+D)</source>
        <translation>不打印，直接将所选待处理服务单标为已出单派工 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the chosen orders&apos; dispatch slips in one job (Ctrl+P)</source>
        <translation>预览并一次打印所选服务单的派工单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>售后完成(&amp;C)…</translation>
    </message>
    <message>
        <source>Record what was done, the fees and the feedback (Ctrl+E)</source>
        <translation>登记处理情况、费用和客户反馈 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>取消服务单(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel the chosen order, with a reason (Ctrl+Shift+X)</source>
        <translation>取消所选服务单，需填写原因 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>Audit the chosen completed orders; they are then locked (Ctrl+Shift+A)</source>
        <translation>审核所选已完成的服务单，审核后锁定 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Un-audit</source>
        <translation>取消审核(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the audit of the chosen orders (Ctrl+Shift+U)</source>
        <translation>取消所选服务单的审核 (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete a pending or cancelled order (Del)</source>
        <translation>删除待处理或已取消的服务单 (Del)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>打开客户(&amp;U)</translation>
    </message>
    <message>
        <source>Show the card of the order&apos;s customer (Ctrl+O)</source>
        <translation>显示服务单客户的资料卡 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Correct &amp;completion…</source>
        <translation>更正完成记录(&amp;C)…</translation>
    </message>
    <message>
        <source>No order matches the filters.</source>
        <translation>没有符合筛选条件的服务单。</translation>
    </message>
    <message>
        <source>No service orders yet: take one with New order (Ctrl+N).</source>
        <translation>还没有售后服务单：用“新建服务单”(Ctrl+N) 受理一张。</translation>
    </message>
    <message>
        <source>{n}+ shown, newest first; scroll for more.</source>
        <translation>已显示 {n}+ 条，最新在前；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} shown, newest first.</source>
        <translation>已显示 {n} 条，最新在前。</translation>
    </message>
    <message>
        <source>Order {code} taken; the filters hide it.</source>
        <translation>服务单 {code} 已受理；当前筛选条件下不显示。</translation>
    </message>
    <message>
        <source>Show the orders of this customer:</source>
        <translation>显示此客户的服务单：</translation>
    </message>
</context>
<context>
    <name>ServiceStatsPage</name>
    <message>
        <source>Per state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Per service type</source>
        <translation>按服务类型</translation>
    </message>
    <message>
        <source>Per technician</source>
        <translation>按维修人员</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>按接线员</translation>
    </message>
    <message>
        <source>Per warranty</source>
        <translation>按保修</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>接线员</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>% of orders</source>
        <translation>单数占比</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>材料费</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通费</translation>
    </message>
    <message>
        <source>Fees total</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>% of fees</source>
        <translation>费用占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fees come from completed and audited orders. An order with two technicians counts for each of them: the total counts every order once.</source>
        <translation>费用只来自售后完成和审核完成的服务单。两名维修人员的服务单各计一次，合计中每张服务单只计一次。</translation>
    </message>
    <message>
        <source>Fees come from completed and audited orders; the shares are of the period&apos;s orders and of its fees.</source>
        <translation>费用只来自售后完成和审核完成的服务单；占比为占本时段服务单数和费用合计的百分比。</translation>
    </message>
    <message>
        <source>{n} service orders from {first} to {last}, {fees} in fees.</source>
        <translation>{first} 至 {last} 共 {n} 张售后服务单，费用 {fees}。</translation>
    </message>
    <message>
        <source>No service orders in this period.</source>
        <translation>本时段没有售后服务单。</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>售后服务统计</translation>
    </message>
    <message>
        <source>Export service statistics to Excel</source>
        <translation>将售后服务统计导出到 Excel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Discard the callers&apos; details?</source>
        <translation>放弃来电人资料？</translation>
    </message>
    <message numerus="yes">
        <source>%n caller pop-up(s) hold details typed in and not saved. Close them anyway?</source>
        <translation>
            <numerusform>有 %n 个来电弹屏中输入的资料尚未保存，仍要关闭吗？</numerusform>
        </translation>
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
        <source>&amp;Phone lines</source>
        <translation>电话线路(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Option lists</source>
        <translation>选项列表(&amp;O)</translation>
    </message>
    <message>
        <source>Product &amp;models</source>
        <translation>商品名称型号(&amp;M)</translation>
    </message>
    <message>
        <source>Sales &amp;units</source>
        <translation>商品销售单位(&amp;U)</translation>
    </message>
    <message>
        <source>Spare &amp;parts</source>
        <translation>维修备件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Custom fields</source>
        <translation>自定义字段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>自定义编码(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint forms</source>
        <translation>打印格式(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Yuntian cannot start</source>
        <translation>云天无法启动</translation>
    </message>
    <message>
        <source>The demo profile {folder} is incomplete: its creation was interrupted. Run &apos;yuntian demo&apos; for this profile again.</source>
        <translation>演示配置 {folder} 不完整：创建过程被中断。请对此配置再次运行“yuntian demo”。</translation>
    </message>
</context>
<context>
    <name>StartupDatabaseDialog</name>
    <message>
        <source>Database settings for this PC</source>
        <translation>本机数据库设置</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {why}</source>
        <translation>无法将设置写入 {path}：{why}</translation>
    </message>
</context>
<context>
    <name>StationCalls</name>
    <message>
        <source>Line {n}</source>
        <translation>线路 {n}</translation>
    </message>
</context>
<context>
    <name>StationsStatusWidget</name>
    <message>
        <source>Stations online: {count}</source>
        <translation>在线站点：{count}</translation>
    </message>
    <message>
        <source>{name} ({user})</source>
        <translation>{name}（{user}）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Line {line}: {station}, online</source>
        <translation>线路{line}：{station}，在线</translation>
    </message>
    <message>
        <source>Line {line}: {station}, offline</source>
        <translation>线路{line}：{station}，离线</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write these figures to an Excel workbook (Ctrl+E)</source>
        <translation>把这些统计数字写入 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The statistics could not be counted: {reason}</source>
        <translation>无法完成统计：{reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The statistics could not be exported: {reason}</source>
        <translation>无法导出统计：{reason}</translation>
    </message>
    <message>
        <source>Statistics exported: {count} rows. File: {path}</source>
        <translation>统计已导出：{count} 行。文件：{path}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
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
    <name>StockColumns</name>
    <message>
        <source>Code</source>
        <translation>备件编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手数量</translation>
    </message>
    <message>
        <source>Avg. cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部库存</translation>
    </message>
    <message>
        <source>Below safety stock: {total} of {safety} at every place</source>
        <translation>低于安全库存：全部地点共 {total}，安全库存 {safety}</translation>
    </message>
</context>
<context>
    <name>StockFilterBar</name>
    <message>
        <source>Code, name or specification</source>
        <translation>编码、名称或规格</translation>
    </message>
    <message>
        <source>&amp;Below safety stock</source>
        <translation>低于安全库存(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>分类(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部售后人员</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Open part &amp;card</source>
        <translation>打开备件卡片(&amp;C)</translation>
    </message>
    <message>
        <source>Stock per place and movements of the part (Enter)</source>
        <translation>备件在各地点的库存和出入库记录（Enter）</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the stock as filtered to an Excel workbook</source>
        <translation>将当前筛选的库存导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the stock again (F5)</source>
        <translation>重新读取库存（F5）</translation>
    </message>
    <message>
        <source>No part is in stock.</source>
        <translation>没有任何备件库存。</translation>
    </message>
    <message>
        <source>No stock matches the filter.</source>
        <translation>没有符合筛选条件的库存。</translation>
    </message>
    <message>
        <source>{n}+ rows; scroll for more.</source>
        <translation>{n}+ 行，向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} rows.</source>
        <translation>共 {n} 行。</translation>
    </message>
    <message>
        <source>{text}  Total: {quantity} units, value ¥{value}</source>
        <translation>{text}  合计：数量 {quantity}，金额 ¥{value}</translation>
    </message>
    <message>
        <source>Parts stock</source>
        <translation>备件库存</translation>
    </message>
    <message>
        <source>Export the parts stock to Excel</source>
        <translation>导出备件库存到 Excel</translation>
    </message>
    <message>
        <source>Exporting the stock…</source>
        <translation>正在导出库存…</translation>
    </message>
    <message>
        <source>The stock could not be exported: {reason}</source>
        <translation>库存未能导出：{reason}</translation>
    </message>
    <message>
        <source>Rows exported: {count}. File: {path}</source>
        <translation>已导出 {count} 行。文件：{path}</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>New stocktake</source>
        <translation>新建盘点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Count another part: code, barcode or name, Enter</source>
        <translation>盘点其他备件：输入编号、条码或名称后回车</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>盘点地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Post differences</source>
        <translation>过账差异(&amp;P)</translation>
    </message>
    <message>
        <source>Post what differs from the book as one document (Ctrl+Enter)</source>
        <translation>把与账面不符的数量过账为一张盘点单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the quantity counted; a line left empty is not counted.</source>
        <translation>输入实盘数量；留空的行不参与盘点。</translation>
    </message>
    <message>
        <source>Drop the quantities counted so far and count another place?</source>
        <translation>放弃已输入的盘点数量，改盘另一个地点？</translation>
    </message>
    <message>
        <source>No part in use matches “{text}”.</source>
        <translation>没有与“{text}”相符的在用备件。</translation>
    </message>
    <message>
        <source>Nothing differs from the book: nothing was posted.</source>
        <translation>与账面无差异：未过账任何单据。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>New store</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation>重命名仓库</translation>
    </message>
    <message>
        <source>e.g. Main store</source>
        <translation>如 总仓库</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <source>Store</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>A store that holds parts cannot be set inactive: transfer them first.</source>
        <translation>有库存的仓库不能停用：请先调拨出去。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TakenNote</name>
    <message>
        <source>Taken by {who}</source>
        <translation>已由 {who} 接听</translation>
    </message>
    <message>
        <source>Call already taken</source>
        <translation>来电已有人接听</translation>
    </message>
    <message>
        <source>{user} ({station}) has already taken this call. Handle it anyway?</source>
        <translation>{user} ({station}) 已接听此来电。仍要处理吗？</translation>
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
    <name>TypedTextWindow</name>
    <message>
        <source>What you typed</source>
        <translation>您输入的内容</translation>
    </message>
    <message>
        <source>The form shows the record as stored now. Copy what you need from here.</source>
        <translation>表单已显示现在保存的记录。需要的内容请从这里复制。</translation>
    </message>
</context>
<context>
    <name>UsedParts</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>备件编码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>领用自</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在手数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Avg. cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
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
<context>
    <name>_RecordsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
</TS>

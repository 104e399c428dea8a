"""The current shape of every table, as peewee models bound to one DatabaseProxy.

Migrations (``yuntian.db.migrations``) create and alter the tables; they never import these
classes, so an old migration keeps meaning what it meant when it was written.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


def now() -> dt.datetime:
    """Local wall-clock time to the second: what a shop's records are read in."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField(primary_key=True)
    name = CharField(max_length=100)
    applied_at = DateTimeField(default=now)


class Setting(BaseModel):
    key = CharField(max_length=64, primary_key=True)
    value = TextField()
    version = IntegerField(default=1)  # schema 12


class Role(BaseModel):
    key = CharField(max_length=32, null=True, unique=True)  # preset roles only
    name = CharField(max_length=64, unique=True)
    description = CharField(max_length=255, default="")
    sort = IntegerField(default=0)
    service_work = BooleanField(default=False)  # its users are technicians (schema 10)
    version = IntegerField(default=1)  # schema 12


class RolePermission(BaseModel):
    role = ForeignKeyField(Role, backref="permissions", on_delete="CASCADE")
    code = CharField(max_length=64)

    class Meta:
        indexes = ((("role", "code"), True),)


class User(BaseModel):
    username = CharField(max_length=64, unique=True)
    display_name = CharField(max_length=64, default="")
    password_hash = CharField(max_length=255)
    must_change_password = BooleanField(default=False)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12


class UserRole(BaseModel):
    user = ForeignKeyField(User, backref="user_roles", on_delete="CASCADE")
    role = ForeignKeyField(Role, backref="user_roles", on_delete="CASCADE")

    class Meta:
        indexes = ((("user", "role"), True),)


class AuditEntry(BaseModel):
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    username = CharField(max_length=64, default="")  # kept even if the user is renamed
    action = CharField(max_length=64, index=True)
    target = CharField(max_length=128, default="")
    detail = TextField(default="")

    class Meta:
        table_name = "audit_log"


class EnumItem(BaseModel):
    kind = CharField(max_length=32)
    name = CharField(max_length=64)
    sort = IntegerField(default=0)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        indexes = ((("kind", "name"), True), (("kind", "sort"), False))


class NumberingRule(BaseModel):
    kind = CharField(max_length=32, primary_key=True)
    prefix = CharField(max_length=16, default="")
    date_pattern = CharField(max_length=16, default="YYYYMMDD")
    digits = IntegerField(default=4)
    version = IntegerField(default=1)  # schema 12


class NumberingCounter(BaseModel):
    kind = CharField(max_length=32)
    period = CharField(max_length=16)
    last_value = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("kind", "period")


class CustomerGroup(BaseModel):
    name = CharField(max_length=64, unique=True)
    sort = IntegerField(default=0)


class Customer(BaseModel):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=64, index=True)
    group = ForeignKeyField(CustomerGroup, null=True, on_delete="SET NULL", index=False)
    salesperson = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    email = CharField(max_length=128, default="")
    other_contact = CharField(max_length=128, default="")  # QQ, WeChat
    blacklisted = BooleanField(default=False)
    blacklist_reason = CharField(max_length=255, default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now, index=True)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        # (filter, sort) pairs: a filtered list page reads in index order (schema 5)
        indexes = tuple(
            ((column, sort), False)
            for column in ("group", "salesperson")
            for sort in ("code", "name", "created_at")
        )


class CustomerPhone(BaseModel):
    customer = ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    kind = CharField(max_length=16, default="mobile")  # mobile, landline, fax, other
    raw = CharField(max_length=64)
    number = CharField(max_length=32, index=True)  # E.164, or cleaned digits if not valid
    sort = IntegerField(default=0)


class CustomerAddress(BaseModel):
    customer = ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    province = CharField(max_length=32, default="")
    city = CharField(max_length=32, default="")
    district = CharField(max_length=32, default="")
    street = CharField(max_length=255, default="")
    sort = IntegerField(default=0)


class CustomerContact(BaseModel):
    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=64)
    title = CharField(max_length=64, default="")
    phone = CharField(max_length=64, default="")
    sort = IntegerField(default=0)


class PurchaseIntention(BaseModel):
    customer = ForeignKeyField(Customer, backref="intentions", on_delete="CASCADE")
    product = CharField(max_length=128)
    budget = DecimalField(max_digits=12, decimal_places=2, null=True)
    expected_date = DateField(null=True)
    note = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12


class Memo(BaseModel):
    customer = ForeignKeyField(Customer, backref="memos", on_delete="CASCADE")
    text = TextField()
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(null=True)
    version = IntegerField(default=1)  # schema 12


class Call(BaseModel):
    """One call on one line of one station (来电日志), incoming or outgoing."""

    station = CharField(max_length=64, default="")  # the line host's name, as shown
    station_key = CharField(max_length=64, default="")  # the line host's key (schema 14)
    line = IntegerField()  # 1..8
    line_name = CharField(max_length=64, default="")
    direction = CharField(max_length=3)  # "in" / "out"
    raw_number = CharField(max_length=64, default="")  # as the device sent it
    number = CharField(max_length=32, default="")  # as CustomerPhone.number; "" when withheld
    region = CharField(max_length=64, default="")  # 号码归属地 when the call came
    network_name = CharField(max_length=64, default="")  # the name the network sent
    privacy = CharField(max_length=16, default="")  # private / unavailable / anonymous / ""
    customer = ForeignKeyField(
        Customer, null=True, on_delete="SET NULL", backref="calls", index=False
    )  # the best match when the call came
    candidates = IntegerField(default=0)  # customers owning the number then
    ring_at = DateTimeField()
    answered_at = DateTimeField(null=True)
    ended_at = DateTimeField(null=True)
    duration = IntegerField(null=True)  # seconds; NULL: going on, or ended unknown (ended_at set)
    operator = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    missed = BooleanField(default=False)
    recording = CharField(max_length=255, default="")  # path under the profile's recordings/
    created_at = DateTimeField(default=now)
    # Who took the call, at which station: the first claim wins (CallService.claim).
    taken_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    taken_station = CharField(max_length=64, default="")
    taken_at = DateTimeField(null=True)
    # The call as a broadcast device identifies it: every PC hearing it stores one row.
    source_key = CharField(max_length=128, null=True)

    class Meta:
        table_name = "call_log"  # CALL is a reserved word in MySQL
        # The log reads newest first: each filter column leads an index that ends in ring_at,
        # so a filtered page is read in index order (schema 6).
        indexes = (
            (("ring_at",), False),
            (("customer", "ring_at"), False),
            (("number", "ring_at"), False),
            (("line", "ring_at"), False),
            (("source_key",), True),  # schema 14
            (("station_key", "ended_at"), False),
        )


class Message(BaseModel):
    """A message (留言) taken for someone: who called, for whom, what they want."""

    customer = ForeignKeyField(
        Customer, null=True, on_delete="SET NULL", backref="messages", index=False
    )
    call = ForeignKeyField(Call, null=True, on_delete="SET NULL", backref="messages")
    caller_name = CharField(max_length=64, default="")
    number = CharField(max_length=64, default="")
    for_user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    text = TextField()
    callback_wanted = BooleanField(default=False)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    created_at = DateTimeField(default=now)
    handled = BooleanField(default=False)
    handled_at = DateTimeField(null=True)
    handled_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        indexes = (
            (("handled", "created_at"), False),  # open messages, newest first; their count
            (("customer", "created_at"), False),
        )


class CentsField(BigIntegerField):
    """Money as a whole number of cents (fen): exact in sums and comparisons on every engine
    (SQLite keeps DECIMAL columns as floating point, so SUM(0.1, 0.2) there is not 0.3).
    Python sees ``Decimal`` with two places."""

    def db_value(self, value: object) -> object:
        if isinstance(value, Decimal):
            return int((value * 100).to_integral_value())
        return super().db_value(value)

    def python_value(self, value: object) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-2)


class ProductModel(BaseModel):
    """A product model of the catalogue (商品名称型号)."""

    brand = CharField(max_length=64, default="")
    model = CharField(max_length=128)
    category = CharField(max_length=64, default="")
    list_price = CentsField(null=True)
    warranty_months = IntegerField(default=0)
    maintenance_interval_days = IntegerField(default=0)  # 0: no periodic maintenance
    callback_interval_days = IntegerField(default=0)  # 0: no callback
    active = BooleanField(default=True)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        indexes = ((("brand", "model"), True),)


class SalesUnit(BaseModel):
    """A branch, store or dealer that sells (商品销售单位)."""

    name = CharField(max_length=64, unique=True)
    technical_lead = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    sales_rep = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    version = IntegerField(default=1)  # schema 12


class Sale(BaseModel):
    """A purchase record (购机记录). What is outstanding is derived from the payments."""

    code = CharField(max_length=32, unique=True)
    customer = ForeignKeyField(Customer, backref="sales", on_delete="RESTRICT", index=False)
    sale_date = DateField()
    product_model = ForeignKeyField(ProductModel, on_delete="RESTRICT", backref="+")
    serial_number = CharField(max_length=64, default="", index=True)
    quantity = IntegerField(default=1)
    unit_price = CentsField()
    receivable = CentsField()
    salesperson = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    sales_unit = ForeignKeyField(
        SalesUnit, null=True, on_delete="SET NULL", backref="+", index=False
    )
    install_date = DateField(null=True)
    warranty_end = DateField(null=True)
    custom1 = CharField(max_length=128, default="")
    custom2 = CharField(max_length=128, default="")
    custom3 = CharField(max_length=128, default="")
    custom4 = CharField(max_length=128, default="")
    custom5 = CharField(max_length=128, default="")
    maintenance_interval_days = IntegerField(default=0)
    next_maintenance = DateField(null=True, index=True)
    callback_interval_days = IntegerField(default=0)
    next_callback = DateField(null=True, index=True)
    notes = TextField(default="")
    voided = BooleanField(default=False)
    void_reason = CharField(max_length=255, default="")
    voided_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    voided_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        # Lists read newest sale first, whole or filtered (schema 7).
        indexes = (
            (("voided", "sale_date"), False),
            (("customer", "sale_date"), False),
            (("salesperson", "sale_date"), False),
            (("sales_unit", "sale_date"), False),
        )


class Payment(BaseModel):
    """Money received against a sale (回款); a refund is a negative amount with a reason."""

    sale = ForeignKeyField(Sale, backref="payments", on_delete="RESTRICT", index=False)
    paid_on = DateField()
    amount = CentsField()
    method = CharField(max_length=64, default="")  # a name from the payment_method list
    reason = CharField(max_length=255, default="")
    operator = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    note = CharField(max_length=255, default="")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        # With the amount: a sale's payments are summed from the index alone (schema 8).
        indexes = ((("sale", "paid_on", "amount"), False),)


class ServiceOrder(BaseModel):
    """An after-sales service order (售后服务单): taken on the phone, dispatched to technicians,
    completed with what was done and what it cost, audited. ``state`` is one of pending,
    dispatched, completed, audited, cancelled; ``audited`` mirrors state == "audited" and is
    what the database's audit lock (``yuntian.db.audit_lock``) guards on (schema 8)."""

    code = CharField(max_length=32, unique=True)
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=False)
    contact_name = CharField(max_length=64, default="")
    contact_phone = CharField(max_length=64, default="")
    address = CharField(max_length=255, default="")
    sale = ForeignKeyField(Sale, null=True, on_delete="RESTRICT", backref="+", index=False)
    fault = TextField(default="")
    service_type = CharField(max_length=64, default="")  # a name from the service_type list
    warranty = CharField(max_length=8, default="unknown")  # in / out / unknown
    warranty_reason = CharField(max_length=255, default="")  # why overridden; "" = automatic
    appointment_at = DateTimeField(null=True)
    priority = IntegerField(default=0)  # 0 normal, 1 urgent, 2 very urgent
    state = CharField(max_length=16, default="pending")
    taken_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    taken_at = DateTimeField(default=now)
    dispatched_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    dispatched_at = DateTimeField(null=True)
    completed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    completed_at = DateTimeField(null=True)
    work_done = TextField(default="")
    solution = TextField(default="")
    result = CharField(max_length=255, default="")
    fee_parts = CentsField(default=Decimal("0.00"))
    fee_service = CentsField(default=Decimal("0.00"))
    fee_transport = CentsField(default=Decimal("0.00"))
    work_minutes = IntegerField(default=0)
    feedback = CharField(max_length=64, default="")  # a name from the feedback list
    cancel_reason = CharField(max_length=255, default="")
    cancelled_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    cancelled_at = DateTimeField(null=True)
    audited = BooleanField(default=False)
    audited_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    audited_at = DateTimeField(null=True)
    maintenance_due = DateField(null=True)  # the due date a generated maintenance order serves
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        # Lists read newest order first, whole or per state / customer, in index order; the
        # overdue list reads (state, appointment_at). (sale, maintenance_due) is unique, so
        # generating a maintenance order twice for one due date cannot make two, and it serves
        # the orders of one purchase.
        indexes = (
            (("taken_at", "id"), False),
            (("state", "taken_at", "id"), False),
            (("customer", "taken_at", "id"), False),
            (("state", "appointment_at"), False),
            (("sale", "maintenance_due"), True),
        )


class ServiceOrderTechnician(BaseModel):
    """A technician assigned to a service order (one or several per order)."""

    order = ForeignKeyField(ServiceOrder, on_delete="RESTRICT", backref="technicians", index=False)
    user = ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=False)

    class Meta:
        indexes = ((("order", "user"), True), (("user", "order"), False))


class ServiceOrderEvent(BaseModel):
    """One change of a service order: its state before and after (equal for an edit), who, when."""

    order = ForeignKeyField(ServiceOrder, on_delete="RESTRICT", backref="events")
    at = DateTimeField(default=now)
    user = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    from_state = CharField(max_length=16, default="")  # "" for the order's creation
    to_state = CharField(max_length=16)
    note = CharField(max_length=255, default="")


class PartStore(BaseModel):
    """A store room parts are kept in (仓库); a shop has one or a few (schema 15)."""

    name = CharField(max_length=64, unique=True)
    active = BooleanField(default=True)
    sort = IntegerField(default=0)
    version = IntegerField(default=1)


class Part(BaseModel):
    """A spare part of the catalogue (维修备件). Its stock is never typed: ``PartStock`` sums the
    ledger (``PartMove``). ``avg_cost`` is the moving-average cost in 1/10000 yuan, set by
    stock-ins (schema 15)."""

    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=128, index=True)
    spec = CharField(max_length=128, default="")  # specification / model
    unit = CharField(max_length=16, default="")
    category = CharField(max_length=64, default="", index=True)
    cost_price = CentsField(null=True)  # the usual purchase price (a stock-in's default)
    sale_price = CentsField(null=True)  # what a consumption charges by default
    avg_cost = BigIntegerField(default=0)
    safety_stock = IntegerField(default=0)
    reorder_min = IntegerField(default=0)
    reorder_max = IntegerField(default=0)
    supplier = CharField(max_length=128, default="")
    barcode = CharField(max_length=64, default="", index=True)
    notes = TextField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)


class PartFit(BaseModel):
    """A product model a part fits."""

    part = ForeignKeyField(Part, on_delete="CASCADE", backref="fits", index=False)
    product_model = ForeignKeyField(ProductModel, on_delete="CASCADE", backref="+")

    class Meta:
        indexes = ((("part", "product_model"), True),)


class PartDocument(BaseModel):
    """A numbered document of the parts ledger: stock-in (入库单), issue to a technician (领用出库
    单), return (退库), transfer (调拨), consumption on a service order (消耗), scrap (报废单),
    stocktake adjustment (盘点), or the reversal of one of these. Posted when saved; its lines
    (``PartMove``) are never changed. ``audited`` is what the audit lock guards (schema 15)."""

    code = CharField(max_length=32, unique=True)
    kind = CharField(max_length=16)
    doc_date = DateField()
    technician = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    supplier = CharField(max_length=128, default="")
    service_order = ForeignKeyField(
        ServiceOrder, null=True, on_delete="RESTRICT", backref="+", index=False
    )
    scrap_type = CharField(max_length=64, default="")
    scrap_handler = CharField(max_length=64, default="")
    reverses = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+", index=False)
    note = TextField(default="")
    state = CharField(max_length=16, default="posted")  # posted, audited
    audited = BooleanField(default=False)
    audited_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    audited_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("doc_date", "id"), False),
            (("kind", "doc_date", "id"), False),
            (("service_order",), False),
            (("reverses",), False),
            (("technician", "doc_date"), False),
        )


class PartMove(BaseModel):
    """One line of the parts ledger: ``quantity`` (> 0) of a part moved from one place to
    another. A place is (kind, id): supplier (id NULL), store (a PartStore), tech (a User),
    order (a ServiceOrder: consumed), scrap, count (a stocktake's difference). ``unit_cost``
    is what one unit was worth as it moved (1/10000 yuan); ``unit_price`` what a consumption
    charged. ``moved_on`` repeats the document's date for statistics (schema 15)."""

    document = ForeignKeyField(PartDocument, on_delete="RESTRICT", backref="moves", index=False)
    line = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT", backref="+", index=False)
    quantity = IntegerField()
    from_kind = CharField(max_length=8)
    from_id = IntegerField(null=True)
    to_kind = CharField(max_length=8)
    to_id = IntegerField(null=True)
    unit_cost = BigIntegerField(default=0)
    unit_price = CentsField(null=True)
    counted = IntegerField(null=True)  # a stocktake line: the quantity counted
    moved_on = DateField()

    class Meta:
        indexes = (
            (("document", "line"), True),
            (("part", "moved_on"), False),
            # Covering: a period's statistics read the index alone, not the lines.
            (("moved_on", "part", "document", "quantity", "unit_cost", "unit_price"), False),
            (("to_kind", "to_id", "moved_on"), False),
            (("from_kind", "from_id", "moved_on"), False),
        )


class PartStock(BaseModel):
    """Stock on hand of a part at a place that holds stock (a store or a technician): the sum
    of the ledger's lines into it less those out of it, kept up to date in the transaction that
    posts them and never written otherwise (schema 15)."""

    part = ForeignKeyField(Part, on_delete="RESTRICT", backref="+", index=False)
    place_kind = CharField(max_length=8)
    place_id = IntegerField()
    quantity = IntegerField(default=0)

    class Meta:
        indexes = (
            (("part", "place_kind", "place_id"), True),
            (("place_kind", "place_id", "part"), False),
        )


class PrintTemplate(BaseModel):
    """A print form the shop designed or changed (schema 8). The built-in forms ship as files;
    a row here with a built-in's name replaces it for every PC."""

    kind = CharField(max_length=32)  # "dispatch" (派工单) or "sales" (销售单)
    name = CharField(max_length=64)
    paper = CharField(max_length=32)  # a paper key: A4, A5, continuous 241x140, receipt 80/58 mm
    body = TextField()  # Qt rich-text HTML with sandboxed Jinja2 placeholders
    copies = IntegerField(default=1)  # 二联 / 三联
    offset_x_tenth_mm = IntegerField(default=0)  # shift for pre-printed forms
    offset_y_tenth_mm = IntegerField(default=0)
    is_default = BooleanField(default=False)  # the kind's form used when none is chosen
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # schema 12

    class Meta:
        indexes = ((("kind", "name"), True),)


class CustomerSearch(BaseModel):
    """A customer's search document (``yuntian.db.search_index`` writes it; read it there).
    The trigram index beside it (an FTS5 table on SQLite, ``customer_search_term`` on the
    servers) has no model."""

    customer = IntegerField(primary_key=True, column_name="customer_id")
    archived = BooleanField()
    name_key = CharField(max_length=64)
    pinyin = CharField(max_length=255)
    initials = CharField(max_length=64)
    code_key = CharField(max_length=64)
    text = TextField()

    class Meta:
        table_name = "customer_search"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    Setting,
    Role,
    RolePermission,
    User,
    UserRole,
    AuditEntry,
    EnumItem,
    NumberingRule,
    NumberingCounter,
    CustomerGroup,
    Customer,
    CustomerPhone,
    CustomerAddress,
    CustomerContact,
    PurchaseIntention,
    Memo,
    CustomerSearch,
    Call,
    Message,
    ProductModel,
    SalesUnit,
    Sale,
    Payment,
    ServiceOrder,
    ServiceOrderTechnician,
    ServiceOrderEvent,
    PrintTemplate,
    PartStore,
    Part,
    PartFit,
    PartDocument,
    PartMove,
    PartStock,
)

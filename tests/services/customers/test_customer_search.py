"""The search box on SQLite, PostgreSQL and MariaDB: what each kind of text finds, at which
rank and in which order; paging; archived customers; the index following every change; the
PostgreSQL index really used; and no text, however odd, breaking a search."""

from __future__ import annotations

import json

import peewee as pw
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import database_examples, login_admin
from tests.support.customer_helpers import new_customer
from yuntian.cli import main
from yuntian.db import migrations, search_index
from yuntian.db.connection import open_database
from yuntian.db.search_tokens import (
    ADDRESS,
    CONTACT,
    CONTACT_PHONE,
    EMAIL,
    PHONE,
    make_doc,
    phone_digits,
    trigrams,
)
from yuntian.phone_numbers import normalize, search_digits
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import (
    AddressInput,
    ContactInput,
    CustomerFilter,
    CustomerInput,
    PhoneInput,
)


def found(services: Services, actor: Actor, text: str, **kwargs) -> list[tuple[str, int, str]]:
    """(name, rank, matched) of every hit, in order."""
    page = services.customer_search.search(actor, text, limit=100, **kwargs)
    assert not page.more
    return [(h.row.name, h.rank, h.matched) for h in page.hits]


def names(services: Services, actor: Actor, text: str, **kwargs) -> list[str]:
    return [name for name, _, _ in found(services, actor, text, **kwargs)]


@pytest.fixture
def shop(services: Services):
    """A few customers on every engine: people, a company with a contact, an archived one."""
    admin = login_admin(services)
    codes = {}
    codes["张三丰"] = new_customer(
        services,
        admin,
        "张三丰",
        "13800138000",
        addresses=(AddressInput("北京市", "北京市", "朝阳区", "建国路88号"),),
        email="ZSF@wudang.cn",
    ).customer.code
    new_customer(services, admin, "张三", "13912345678")
    new_customer(services, admin, "张伟", "010-62345678")
    new_customer(services, admin, "李张", "15000001111")
    new_customer(services, admin, "曾小贤", "18600001111")
    services.customers.create(
        admin,
        CustomerInput(
            name="北京宏达电器商行",
            phones=(PhoneInput("010-85556666"),),
            contacts=(ContactInput("张伟", "经理", "137 0000 2222"),),
            addresses=(AddressInput("上海市", "上海市", "浦东新区", "张江路100号"),),
        ),
    )
    gone = new_customer(services, admin, "张无忌", "13511112222").customer.id
    services.customer_notes.add_memo(admin, gone, "老客户")  # history: deleting archives it
    assert services.customers.delete(admin, gone) == "archived"
    return admin, codes


def test_one_character_surname_finds_every_name_starting_with_it(services, shop):
    admin, _ = shop
    assert found(services, admin, "张") == [
        ("北京宏达电器商行", 1, "contact"),  # its contact 张伟
        ("张三", 1, "name"),
        ("张三丰", 1, "name"),
        ("张伟", 1, "name"),
        ("李张", 2, "name"),
    ]


def test_two_character_names_and_fragments(services, shop):
    admin, _ = shop
    assert found(services, admin, "张三") == [("张三", 0, "name"), ("张三丰", 1, "name")]
    assert found(services, admin, "三丰") == [("张三丰", 2, "name")]
    assert found(services, admin, "张伟") == [
        ("北京宏达电器商行", 0, "contact"),
        ("张伟", 0, "name"),
    ]
    assert found(services, admin, "宏达") == [("北京宏达电器商行", 2, "name")]


def test_pinyin_initials_and_full_pinyin(services, shop):
    admin, _ = shop
    assert found(services, admin, "zsf") == [("张三丰", 0, "initials")]
    assert found(services, admin, "ZSF") == [("张三丰", 0, "initials")]
    assert found(services, admin, "ｚｓｆ") == [("张三丰", 0, "initials")]
    assert found(services, admin, "zs") == [("张三", 0, "initials"), ("张三丰", 1, "initials")]
    assert found(services, admin, "zhangsanfeng") == [("张三丰", 0, "pinyin")]
    assert found(services, admin, "zhangs") == [("张三", 1, "pinyin"), ("张三丰", 1, "pinyin")]
    assert found(services, admin, "zhang san") == [("张三", 0, "pinyin"), ("张三丰", 1, "pinyin")]
    assert names(services, admin, "zengxiaoxian") == ["曾小贤"]  # 曾 read as a surname
    assert names(services, admin, "bjhddqsh") == ["北京宏达电器商行"]  # 商行 is shanghang


def test_phone_numbers_by_any_four_or_more_digits(services, shop):
    admin, _ = shop
    assert found(services, admin, "13800138000") == [("张三丰", 0, "phone")]
    assert found(services, admin, "+86 138-0013-8000") == [("张三丰", 0, "phone")]
    assert found(services, admin, "１３８００１３８０００") == [("张三丰", 0, "phone")]
    assert found(services, admin, "1380013") == [("张三丰", 1, "phone")]
    assert found(services, admin, "0013") == [("张三丰", 2, "phone")]
    assert found(services, admin, "8000") == [("张三丰", 2, "phone")]
    assert found(services, admin, "6234") == [("张伟", 2, "phone")]  # a landline, 010-62345678
    assert found(services, admin, "01062345678") == [("张伟", 0, "phone")]
    assert found(services, admin, "2222") == [("北京宏达电器商行", 2, "contact")]
    assert found(services, admin, "138") == []  # fewer than 4 digits are no phone search


def test_code_contact_email_and_address(services, shop):
    admin, codes = shop
    code = codes["张三丰"]
    assert found(services, admin, code) == [("张三丰", 0, "code")]
    assert found(services, admin, code.lower()) == [("张三丰", 0, "code")]
    assert ("张三丰", 1, "code") in found(services, admin, code[:-1])
    assert found(services, admin, "zsf@wudang.cn") == [("张三丰", 0, "email")]
    assert found(services, admin, "wudang") == [("张三丰", 2, "email")]
    assert found(services, admin, "朝阳区") == [("张三丰", 2, "address")]
    assert found(services, admin, "朝阳") == [("张三丰", 2, "address")]
    assert found(services, admin, "建国路88号") == [("张三丰", 2, "address")]
    assert found(services, admin, "张江路") == [("北京宏达电器商行", 2, "address")]
    assert found(services, admin, "88号") == [("张三丰", 2, "address")]


def test_rank_then_name_then_id(services):
    admin = login_admin(services)
    first = new_customer(services, admin, "王小明").customer.id
    for name in ("小王", "王", "王小明", "王五"):
        new_customer(services, admin, name)
    page = services.customer_search.search(admin, "王")
    assert [(h.row.name, h.rank) for h in page.hits] == [
        ("王", 0),
        ("王五", 1),  # 五 U+4E94 before 小 U+5C0F
        ("王小明", 1),
        ("王小明", 1),
        ("小王", 2),
    ]
    twins = [h.row.id for h in page.hits if h.row.name == "王小明"]
    assert twins[0] == first and twins[1] > first


def test_paging_with_offset_and_more(services):
    admin = login_admin(services)
    for n in range(7):
        new_customer(services, admin, f"陈{'一二三四五六七'[n]}")
    search = services.customer_search.search
    everything = [h.row.id for h in search(admin, "陈").hits]
    assert len(everything) == 7
    pages = [search(admin, "陈", limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [p.more for p in pages] == [True, True, False]
    assert [h.row.id for p in pages for h in p.hits] == everything
    assert search(admin, "陈", limit=3, offset=7).hits == []


def test_archived_customers_only_when_the_filter_asks(services, shop):
    admin, _ = shop
    assert names(services, admin, "张无忌") == []
    assert names(services, admin, "13511112222") == []
    archived = CustomerFilter(include_archived=True)
    assert found(services, admin, "张无忌", flt=archived) == [("张无忌", 0, "name")]
    assert "张无忌" in names(services, admin, "张", flt=archived)


def test_filters_apply_to_hits(services, shop):
    admin, _ = shop
    vip = services.customer_groups.create_group(admin, "搜索VIP").id
    zhang_san = services.customer_search.search(admin, "张三").hits[0].row.id
    services.customer_groups.move_customers(admin, [zhang_san], vip)
    assert names(services, admin, "张", flt=CustomerFilter(group_id=vip)) == ["张三"]
    assert "张三" not in names(services, admin, "张", flt=CustomerFilter(no_group=True))


def test_the_index_follows_every_change(services, shop):
    admin, _ = shop
    hit = services.customer_search.search(admin, "张三").hits[0]
    assert hit.row.name == "张三"
    services.customers.update(
        admin,
        hit.row.id,
        CustomerInput(name="赵四", phones=(PhoneInput("13698765432"),), email="zhao@si.com"),
        version=OVERWRITE,
    )
    assert names(services, admin, "张三") == ["张三丰"]
    assert names(services, admin, "13912345678") == []
    assert found(services, admin, "赵四") == [("赵四", 0, "name")]
    assert found(services, admin, "zs") == [("赵四", 0, "initials"), ("张三丰", 1, "initials")]
    assert found(services, admin, "87654") == [("赵四", 2, "phone")]
    assert services.customers.delete(admin, hit.row.id) == "deleted"
    assert names(services, admin, "赵四") == []
    assert names(services, admin, "zhao@si.com") == []
    gone = services.customer_search.search(admin, "张无忌", CustomerFilter(include_archived=True))
    services.customers.restore(admin, gone.hits[0].row.id)
    assert names(services, admin, "张无忌") == ["张无忌"]
    _assert_index_consistent(services.db)


def _assert_index_consistent(db: pw.Database) -> None:
    """The documents are what the customer tables say, and (SQLite) FTS agrees with them."""
    ids = [r[0] for r in db.execute_sql("SELECT id FROM customer ORDER BY id")]
    stored = sorted(search_index.stored_docs(db, ids))
    assert stored == sorted(search_index.current_docs(db, ids))
    count = db.execute_sql("SELECT COUNT(*) FROM customer_search").fetchone()[0]
    assert count == len(ids)
    if isinstance(db, pw.SqliteDatabase):  # FTS5 holds what the documents say
        db.execute_sql(
            "INSERT INTO customer_search_fts (customer_search_fts) VALUES ('integrity-check')"
        )
    else:  # the term table holds the trigrams of the documents
        terms = sorted(db.execute_sql("SELECT customer_id, term FROM customer_search_term"))
        assert terms == sorted((d.customer_id, t) for d in stored for t in trigrams(d.text))


HOSTILE = st.lists(
    st.one_of(
        st.sampled_from(
            [
                *"\"'*-:()^{}[]+@.,;!?%_\\/|~` \t\n\x00\u3000",
                "NEAR",
                "AND",
                "OR",
                "NOT",
                "张",
                "三",
                "ｚ",
                "１",
                "8",
            ]
        ),
        st.characters(),
    ),
    max_size=30,
).map("".join)
_admins: dict[int, Actor] = {}


@database_examples()
@given(text=HOSTILE)
def test_any_text_is_a_search_never_an_error(services, text):
    admin = _admins.get(id(services))
    if admin is None:
        admin = _admins[id(services)] = login_admin(services)
        new_customer(services, admin, "张三丰", "13800138000", email="zsf@wudang.cn")
    page = services.customer_search.search(admin, text, limit=5, offset=1)
    assert isinstance(page.more, bool)
    assert all(hit.rank in (0, 1, 2) for hit in page.hits)


def test_odd_texts_on_the_servers(services, shop):
    admin, _ = shop
    for text in (
        '"',
        '张" OR "三',
        "NEAR(张 三)",
        "*",
        "-张",
        "zs*",
        "\x00张",
        "1380%",
        "_",
        "    ",
    ):
        services.customer_search.search(admin, text)
    assert names(services, admin, '"张三"') == ["张三", "张三丰"]
    assert names(services, admin, "%") == []


def test_search_command_prints_hits_as_json(sqlite_services, capsys):
    admin = login_admin(sqlite_services)
    new_customer(sqlite_services, admin, "张三丰", "138 0013 8000")
    zhang_san = new_customer(sqlite_services, admin, "张三").customer
    profile = str(sqlite_services.profile.root)
    assert main(["search", "张三", "--profile", profile, "--limit", "1"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"id": zhang_san.id, "code": zhang_san.code, "name": "张三", "phone": "", "rank": 0,
         "matched": "name"}
    ]  # fmt: skip
    assert main(["search", "0013", "--profile", profile]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["name"], h["phone"], h["rank"], h["matched"]) for h in hits] == [
        ("张三丰", "138 0013 8000", 2, "phone")
    ]
    assert main(["search", "x", "--profile", profile, "--limit", "0"]) == 2


def test_postgresql_reads_the_trigram_and_name_indexes(services_on):
    services = services_on("postgresql")
    db = services.db
    _bulk_customers(db, 3000)
    search_index.refresh_customers(db, range(1, 3001))
    db.execute_sql("ANALYZE")
    statements: list[tuple[str, object]] = []
    original = db.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        if "FROM customer_search" in sql:
            statements.append((sql, params))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = recording  # type: ignore[method-assign]
    try:
        admin = login_admin(services)
        assert [h.row.name for h in services.customer_search.search(admin, "客户1234").hits] == [
            "客户1234"
        ]
        assert services.customer_search.search(admin, "3571").hits
    finally:
        db.execute_sql = original  # type: ignore[method-assign]
    plans = []
    for sql, params in statements:
        plans.append("\n".join(r[0] for r in db.execute_sql("EXPLAIN " + sql, params)))
    joined = "\n".join(plans)
    assert "customer_search_term_pkey" in joined
    assert "customer_search_name" in joined
    assert "Seq Scan on customer_search_term" not in joined


def _bulk_customers(db: pw.Database, count: int) -> None:
    """``count`` customers written straight to the tables (no index yet)."""
    p = db.param
    rows = [
        (f"T{i:05d}", f"客户{i}", "", False, "2026-01-01 08:00:00") for i in range(1, count + 1)
    ]
    with db.atomic():
        cursor = db.cursor()
        cursor.executemany(
            f"INSERT INTO customer (code, name, email, other_contact, blacklisted,"
            f" blacklist_reason, notes, archived, created_at) VALUES"
            f" ({p}, {p}, {p}, '', false, '', '', {p}, {p})",
            rows,
        )
        cursor.executemany(
            f"INSERT INTO customer_phone (customer_id, kind, raw, number, sort)"
            f" VALUES ({p}, 'mobile', {p}, {p}, 0)",
            [(i, f"139{i:04d}3571", f"+86139{i:04d}3571") for i in range(1, count + 1)],
        )


def test_upgrading_to_schema_4_indexes_the_customers_there_are(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    try:
        migrations.upgrade(db, target=3)
        _bulk_customers(db, 25)
        migrations.upgrade(db)
        assert db.execute_sql("SELECT COUNT(*) FROM customer_search").fetchone()[0] == 25
        _assert_index_consistent(db)
    finally:
        db.close()


def test_a_document_holds_every_value_compacted():
    doc = make_doc(
        7,
        False,
        "KH-0007",
        "Ｊｏｈｎ 张",
        "A.B@x.cn",
        ["+8613800138000", "+861062345678", "12345"],
        ["北京市朝阳区建国路88号", "上海市浦东新区 张江路 100 号"],
        [("李 四", "+86 137-0000-2222"), ("王五", "")],
    )
    assert (doc.name_key, doc.code_key) == ("john张", "kh0007")
    assert (doc.pinyin, doc.initials) == ("johnzhang", "johnz")
    assert doc.values(PHONE) == ["13800138000", "01062345678", "12345"]
    assert doc.values(CONTACT) == ["李四", "王五"]
    assert doc.values(CONTACT_PHONE) == ["13700002222"]
    assert doc.values(EMAIL) == ["abxcn"]
    assert doc.values(ADDRESS) == ["北京市朝阳区建国路88号", "上海市浦东新区张江路100号"]
    empty = make_doc(8, True, "KH-0008", "王", "")
    assert [empty.values(mark) for mark in (PHONE, CONTACT, EMAIL, ADDRESS)] == [[], [], [], []]


@pytest.mark.parametrize(
    "raw",
    ["13800138000", "+86 10 6234 5678", "0755-8888 6666", "4008001234", "95588", "+852 2345 6789",
     "12345", "1380013800"],
)  # fmt: skip
def test_indexed_phone_digits_are_the_lookups_search_digits(raw):
    number = normalize(raw, "010").e164
    assert phone_digits(number) == search_digits(number)

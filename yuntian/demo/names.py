"""Chinese personal and company names for demo data.

Surnames carry their approximate share of the population (per mille, from the national
surname statistics), so 王, 李 and 张 are as common as in a real customer list. Given names
have one or two characters, giving 2- and 3-character full names (a compound surname such as
欧阳 takes a one-character given name).
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")
Rand = Callable[[], float]

# surname, per mille of the population, pinyin (for e-mail addresses)
SURNAMES: tuple[tuple[str, float, str], ...] = (
    ("王", 72.5, "wang"), ("李", 71.9, "li"), ("张", 68.3, "zhang"), ("刘", 53.8, "liu"),
    ("陈", 45.3, "chen"), ("杨", 30.8, "yang"), ("黄", 22.3, "huang"), ("赵", 21.9, "zhao"),
    ("吴", 20.5, "wu"), ("周", 19.2, "zhou"), ("徐", 16.7, "xu"), ("孙", 15.4, "sun"),
    ("马", 14.4, "ma"), ("朱", 14.1, "zhu"), ("胡", 13.1, "hu"), ("郭", 12.6, "guo"),
    ("何", 12.0, "he"), ("林", 11.8, "lin"), ("高", 11.7, "gao"), ("罗", 11.2, "luo"),
    ("郑", 10.2, "zheng"), ("梁", 9.8, "liang"), ("谢", 8.8, "xie"), ("宋", 8.2, "song"),
    ("唐", 8.0, "tang"), ("许", 7.6, "xu"), ("韩", 7.4, "han"), ("冯", 7.2, "feng"),
    ("邓", 7.1, "deng"), ("曹", 6.9, "cao"), ("彭", 6.8, "peng"), ("曾", 6.5, "zeng"),
    ("肖", 6.4, "xiao"), ("田", 6.3, "tian"), ("董", 6.0, "dong"), ("袁", 5.9, "yuan"),
    ("潘", 5.7, "pan"), ("于", 5.6, "yu"), ("蒋", 5.5, "jiang"), ("蔡", 5.4, "cai"),
    ("余", 5.3, "yu"), ("杜", 5.2, "du"), ("叶", 5.1, "ye"), ("程", 5.0, "cheng"),
    ("苏", 4.9, "su"), ("魏", 4.8, "wei"), ("吕", 4.7, "lv"), ("丁", 4.6, "ding"),
    ("任", 4.5, "ren"), ("沈", 4.4, "shen"), ("姚", 4.3, "yao"), ("卢", 4.2, "lu"),
    ("姜", 4.1, "jiang"), ("崔", 4.0, "cui"), ("钟", 3.9, "zhong"), ("谭", 3.8, "tan"),
    ("陆", 3.7, "lu"), ("汪", 3.6, "wang"), ("范", 3.5, "fan"), ("金", 3.4, "jin"),
    ("石", 3.3, "shi"), ("廖", 3.2, "liao"), ("贾", 3.1, "jia"), ("夏", 3.0, "xia"),
    ("韦", 2.9, "wei"), ("付", 2.8, "fu"), ("方", 2.7, "fang"), ("白", 2.6, "bai"),
    ("邹", 2.5, "zou"), ("孟", 2.4, "meng"), ("熊", 2.3, "xiong"), ("秦", 2.2, "qin"),
    ("邱", 2.1, "qiu"), ("江", 2.0, "jiang"), ("尹", 1.9, "yin"), ("薛", 1.8, "xue"),
    ("闫", 1.7, "yan"), ("段", 1.6, "duan"), ("雷", 1.5, "lei"), ("侯", 1.4, "hou"),
    ("龙", 1.3, "long"), ("史", 1.2, "shi"), ("陶", 1.1, "tao"), ("黎", 1.0, "li"),
    ("贺", 1.0, "he"), ("顾", 0.9, "gu"), ("毛", 0.9, "mao"), ("郝", 0.9, "hao"),
    ("龚", 0.8, "gong"), ("邵", 0.8, "shao"), ("万", 0.8, "wan"), ("钱", 0.7, "qian"),
    ("严", 0.7, "yan"), ("覃", 0.7, "qin"), ("武", 0.7, "wu"), ("戴", 0.6, "dai"),
    ("莫", 0.6, "mo"), ("孔", 0.6, "kong"), ("向", 0.6, "xiang"), ("汤", 0.5, "tang"),
    ("欧阳", 0.3, "ouyang"), ("司马", 0.05, "sima"), ("上官", 0.03, "shangguan"),
    ("诸葛", 0.03, "zhuge"),
)  # fmt: skip

# Characters common in given names; the mixed set suits either sex.
_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国峰亮成志东文博晨海云松良兵然轩航豪远泽瑞翔振永德"
_FEMALE = "芳娜敏静丽艳娟霞秀英玲桂兰燕萍红梅琳雪婷慧倩颖洁琴晶欣怡佳悦雨涵诗梦可馨瑶雅婧璐蕾薇"
_MIXED = "子思嘉天一文明晓春秋金玉家佳新少立志宏小"

# Company names: a two-character trade name (e.g. 宏达), sometimes after the city, then the
# kind of business. Syllables carry their pinyin for e-mail domains.


def _syllables(text: str) -> tuple[tuple[str, str], ...]:
    """ "宏:hong 鑫:xin" -> (("宏", "hong"), ("鑫", "xin"))."""
    return tuple((pair.split(":")[0], pair.split(":")[1]) for pair in text.split())


_TRADE_FIRST = _syllables(
    "宏:hong 鑫:xin 金:jin 华:hua 恒:heng 新:xin 东:dong 永:yong 顺:shun 万:wan 瑞:rui "
    "广:guang 天:tian 联:lian 嘉:jia 中:zhong 鸿:hong 盛:sheng 安:an 福:fu 同:tong 长:chang "
    "蓝:lan 佳:jia 美:mei 惠:hui"
)
_TRADE_SECOND = _syllables(
    "达:da 源:yuan 鹏:peng 锐:rui 通:tong 兴:xing 发:fa 家:jia 丰:feng 成:cheng "
    "创:chuang 禾:he 和:he 运:yun 诚:cheng 泰:tai 力:li 城:cheng 信:xin 业:ye 利:li "
    "康:kang 捷:jie 辉:hui"
)
BUSINESS_KINDS: tuple[tuple[str, int], ...] = (
    ("电器商行", 5), ("科技有限公司", 5), ("家电维修部", 3), ("商贸有限公司", 4),
    ("大酒店", 2), ("物业管理有限公司", 2), ("餐饮管理有限公司", 2), ("电子经营部", 3),
    ("超市", 3), ("幼儿园", 1), ("宾馆", 2), ("汽车修理厂", 1),
)  # fmt: skip
CONTACT_TITLES: tuple[str, ...] = ("经理", "老板", "店长", "采购", "前台", "行政主管", "财务")


class Weighted(Generic[T]):
    """Fast weighted choice for hot loops (random.choices rebuilds its table each call)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self._cum = list(accumulate(weights))
        self._total = self._cum[-1]

    def pick(self, r: Rand) -> T:
        return self.items[bisect(self._cum, r() * self._total)]


def pick(r: Rand, items: Sequence[T]) -> T:
    """Uniform choice. The generators draw only from ``r`` (a Random's ``random``): it is the
    fastest call, and a stream that uses one kind of draw is easy to keep deterministic."""
    return items[int(r() * len(items))]


_SURNAME = Weighted(range(len(SURNAMES)), [s[1] for s in SURNAMES])
_KIND = Weighted([k for k, _ in BUSINESS_KINDS], [w for _, w in BUSINESS_KINDS])


def pick_surname(r: Rand) -> int:
    """Index into SURNAMES, weighted by how common each surname is."""
    return _SURNAME.pick(r)


def given_name(r: Rand, *, single: bool) -> str:
    pool = _MALE if r() < 0.5 else _FEMALE
    if single:
        return pick(r, pool)
    first = pick(r, _MIXED if r() < 0.3 else pool)
    second = pick(r, pool)
    while second == first:  # 伟伟-style doubled names are rare; keep them out
        second = pick(r, pool)
    return first + second


def person_name(r: Rand, surname_index: int | None = None) -> str:
    """A full name: 2 or 3 characters (a compound surname gets a one-character given name)."""
    if surname_index is None:
        surname_index = _SURNAME.pick(r)
    surname = SURNAMES[surname_index][0]
    single = len(surname) > 1 or r() < 0.18
    return surname + given_name(r, single=single)


def company_name(r: Rand, city_short_name: str) -> tuple[str, str]:
    """(name, pinyin of the trade name), e.g. ("北京宏达电器商行", "hongda")."""
    first, first_py = pick(r, _TRADE_FIRST)
    second, second_py = pick(r, _TRADE_SECOND)
    kind = _KIND.pick(r)
    prefix = city_short_name if r() < 0.5 else ""
    return f"{prefix}{first}{second}{kind}", first_py + second_py

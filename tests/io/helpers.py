"""Shared fixtures of the I/O tests: real news sentences and small readers."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textclean.document import Document, Edit
from textclean.io import (
    ReadOptions,
    Skipped,
    read_documents,
)

# Sentences cut from seeds/001_2e14c1e4aa0b18e7.txt and seeds/003_afa80538d5efd96b.txt.
NEWS = [
    "为认真贯彻落实正阳县委组织部在全县开展万名党员干部“战疫情、访民情、送温情”活动精神,"
    "加强疫情防控和巩固脱贫攻坚成果等重点工作的有序进行,傅寨乡精心组织,积极行动。",
    "乡党委书记马向阳要求全体乡村干部、党员要响应党委号召,提高对疫情防控工作的重视程度。",
    "12、13日连续两天的上午9点,傅寨乡政府和14个村的党员志愿者200余人在乡党委书记马向阳、"
    "政府乡长夏有亮和所有班子成员带领下,戴着口罩,穿着红马甲,肩扛党旗,戴着党徽。",
    "同时,教育群众积极乐观面对疫情,禁止散播谣言行为,让群众保持情绪稳定,全力抵抗病毒。",
    "本报讯(记者 马治卫 通讯员 戚富岗)“疫情虽然来势汹汹,但关键时刻,看到有干部在身边"
    "‘守护’着,俺遇到了事有地方问,有了麻烦立刻就能找到干部管,感觉心里很踏实!”",
    "今年63岁的彭秀平,家住商水县东城办事处战略油库小区,她的两个儿子分别在厦门和北京打工。",
    "按照“干部联户”实施办法,商水县团县委书记郭童超负责联系彭秀平等20户居民。",
    "平时,郭童超在群里给大家宣传疫情防控常识,提醒大家“戴口罩、少外出、讲卫生、除陋习”,"
    "同时宣传最新的疫情防控政策。",
]

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00"


def read_all(*paths: str | Path, options: ReadOptions | None = None) -> list[Document | Skipped]:
    items = list(read_documents(list(paths), options))
    for item in items:
        assert isinstance(item, Document | Skipped), item
        if isinstance(item, Skipped):
            assert "\n" not in str(item) and "\r" not in str(item), str(item)
    return items


def documents(items: Iterable[Document | Skipped]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def skips(items: Iterable[Document | Skipped]) -> list[Skipped]:
    return [item for item in items if isinstance(item, Skipped)]


def jsonl_bytes(records: Iterable[Any]) -> bytes:
    return b"".join(
        json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n" for record in records
    )


def write_jsonl(path: Path, records: Iterable[Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jsonl_bytes(records))
    return path


# A textclean output record: its edits and meta must survive a round trip.
EDITS = (
    Edit("markup", "HTML tag", "</p>", "\n", 10),
    Edit("whitespace", "odd space (U+00A0)", "\u00a0", " ", 3),
)
META = {
    "encoding": "gb18030",
    "encoding_confidence": 0.97,
    "steps": {"markup": 1, "whitespace": 1},
    "title": "傅寨乡",
}

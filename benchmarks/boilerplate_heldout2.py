"""A second held-out test of the boilerplate step, written without reading its rules.

    python benchmarks/boilerplate_heldout2.py [--documents 1000] [--seed 0] [--misses 40]
                                              [--json]

The first held-out set (``boilerplate_heldout.py``) has been looked at while the rules were
worked on, so it no longer measures how the step does on pages it has not seen. This module
is a second, independent one: its page templates were written from general knowledge of how
Chinese-language news pages look around an article, without opening the rule catalogue
(``textclean/data``), the step's code (``textclean/boilerplate``), the benchmark corpus
(``boilerplate_corpus.py``) or the first held-out set. Only the scoring helpers of
``boilerplate_scoring.py`` are reused, and the article paragraphs and headlines are the lines
hand-labelled ``article`` in ``tests/boilerplate/labels/*.tsv``.

Each generated document is one page of a site family: central media (人民网, 新华网, 央视网,
光明网, 中国新闻网), provincial portals (大河网, 四川在线, 南方网, 东北网), county 融媒体
centres, e-paper 数字报 pages, WeChat reprints (公众号), commercial portal reprints, and
Taiwanese and Hong Kong sites (中央社, 聯合新聞網, 自由時報, 星島日報, templates written
in Traditional). Around a headline and a run of labelled paragraphs it puts header, body and
footer boilerplate of 23 kinds, from some 350 templates with slots (names,
dates, sites, numbers, related headlines); SEO spam headers and keyword-stuffed spam lines;
and hard negatives: article sentences that use the trigger words of boilerplate and spam
(记者, 编辑, 来源, 举报, 二维码, 下载, 彩票, 赌博, 贷款, 证书 …) in ordinary reporting,
placed first, in the middle or last in the body. About 30% of the documents are in
Traditional (OpenCC s2t for the mainland templates), and punctuation width and spacing vary.
Everything is drawn from ``random.Random(--seed)``, so a run is reproducible.

Scored line by line as in the first held-out set: removal precision, boilerplate recall,
spam recall (removed, and flagged ``verdict.spam``), spam-header recall (removed and
flagged), and the share of article characters kept (a byline lead such as ``本报讯(记者 …)``
or ``（中央社記者…電）`` on the first paragraph may go), overall, by script, by site family,
by kind, by zone (header, body, footer) and, for the hard negatives, by position. Up to
``--misses`` misses are listed with what happened to them; ``--json`` prints JSON instead.
The templates are not tuned to the scores: what is reported is what is measured.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from boilerplate_corpus import article_span  # noqa: E402
from boilerplate_scoring import (  # noqa: E402
    ARTICLE,
    BOILERPLATE,
    SPAM,
    SUMMARY_COLUMNS,
    Miss,
    Tallies,
    Tally,
    arguments,
    body_zone_note,
    cause_counts,
    checked,
    kind_cells,
    line_counts,
    markdown,
    misses_json,
    percent,
    print_json,
    ratio,
    script_counts,
    scripts_text,
    share,
    show_miss_counts,
    show_misses,
    spread,
    summary_cells,
    textclean_outcomes,
    what_happened,
)

LABELS = ROOT / "tests" / "boilerplate" / "labels"
S2T = opencc.OpenCC("s2t")
ZONES = ("header", "body", "footer")
POSITIONS = ("first", "middle", "last")
SPAM_HEADER = "spam-header"
HARD = "hard-negative"


class Line(NamedTuple):
    """One labelled non-blank line of a generated document."""

    text: str
    label: str  # article, boilerplate or spam
    category: str  # the kind: nav, editor, ..., headline, paragraph, hard-negative, spam
    article: tuple[int, int]  # the article characters (for article lines)
    zone: str  # header, body or footer
    position: str = ""  # for a hard negative: first, middle or last in the body


@dataclass
class Document:
    family: str
    site: str
    script: str
    lines: list[Line]
    text: str


# --- boilerplate templates ----------------------------------------------------------------
#
# kind -> group -> templates. Groups: cn (any mainland site), county, ep (e-paper),
# wx (WeChat), portal (commercial portal reprint), tw (Taiwan / Hong Kong, written in
# Traditional). Slots in braces are filled per document (see Filler).

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "nav": {
        "cn": [
            "首页 | 新闻 | 时政 | 国际 | 财经 | 社会 | 体育 | 娱乐 | 视频 | 图片",
            "首页 时政 地方 社会 经济 文化 教育 健康 旅游 专题",
            "网站首页 新闻中心 政务公开 视频直播 专题专栏 媒体矩阵 关于我们",
            "设为首页 | 加入收藏 | 联系我们 | 网站地图",
            "登录 注册 | 手机版 | English",
            "时政 | 国际 | 军事 | 观点 | 台湾 | 港澳 | 教育 | 科技 | 体育 | 文旅 | 健康",
            "您好，欢迎来到{site}！ 请登录 免费注册",
            "站内搜索 请输入关键词 搜索",
            "无障碍 | 长者模式 | 繁体 | 手机版",
            "客户端 微博 微信 抖音 快手 视频号",
        ],
        "county": [
            "{county}融媒体中心 首页 本地要闻 乡镇动态 部门之窗 视频 直播 公告",
            "{county}新闻网 | 县委 | 人大 | 政府 | 政协 | 乡镇 | 部门",
        ],
        "portal": [
            "新闻 体育 财经 娱乐 汽车 房产 科技 时尚 旅游 游戏 更多",
            "{site} 打开APP 登录",
        ],
        "ep": [
            "{paper}数字报 | 往期回顾 | 版面导航 | 标题导航",
            "放大 缩小 默认  上一期 下一期",
        ],
        "tw": [
            "首頁 | 政治 | 國際 | 兩岸 | 產經 | 證券 | 科技 | 生活 | 社會 | 地方 | 文化 | 運動",
            "即時 要聞 娛樂 運動 全球 社會 地方 產經 股市 房市 健康 生活 文教 評論 兩岸",
            "頭條 即時 港聞 娛樂 財經 國際 中國 體育 生活 副刊 專欄",
            "登入 | 註冊 | 會員中心 | 訂閱",
            "搜尋 熱門關鍵字",
        ],
    },
    "breadcrumb": {
        "cn": [
            "当前位置：首页 > {col} > 正文",
            "您现在的位置: {site} >> {col} >> 正文",
            "{site} > {col} > 正文",
            "首页 >> {col}",
            "位置：首页 / {col} / 详情",
            "当前位置:{site}首页→{col}",
        ],
        "county": ["当前位置：{county}融媒体中心 > {col}"],
        "ep": ["{paper} > {date_cn} > 第{page}版：{pagename} > 正文"],
        "tw": [
            "首頁 > {col}",
            "{site} › 新聞 › {col}",
            "{site} / 要聞 / {col}",
        ],
    },
    "dateline": {
        "cn": [
            "{date_cn} {weekday}",
            "今天是：{date_cn} {weekday} 农历{lunar}",
            "{city} 晴 {t1}℃~{t2}℃ 东南风2级",
            "欢迎访问{site}！今天是{date_cn}",
            "{date_cn} {weekday} {city}：多云转晴 {t1}/{t2}℃",
            "更新时间：{dt}",
        ],
        "tw": [
            "{date_cn}（{tw_week}）",
            "{city} 天氣 {t2}°C 多雲時晴",
            "更新時間：{dt}",
        ],
    },
    "epaper": {
        "ep": [
            "{paper} {date_cn} 第{page}版：{pagename}",
            "第{page}版:{pagename} PDF版",
            "{date_dash} 第{page}版 {pagename}",
            "上一版  下一版  返回目录",
            "第{page}版：{pagename} 上一版 下一版",
            "返回本版目录 | 返回首页",
            "{paper} {date_cn} {weekday} 第{page}版",
            "版面概览 | 本版标题 | 下载PDF",
        ],
        "tw": [
            "{paper} {date_cn} A{n}版 要聞",
        ],
    },
    "source": {
        "cn": [
            "来源：{site}  作者：{name}  发布时间：{dt}",
            "{dt}  来源：{site}",
            "发布时间：{dt} 来源：{srcorg} 作者：{name}",
            "{dt} | 来源：{site} | 作者：{name} | 责任编辑：{name2}",
            "来源：{paper} | {date_cn} | 浏览次数：{n}",
            "{site} {dt}",
            "时间：{dt}　来源：{srcorg}　【字体：大 中 小】",
            "文/{name} 图/{name2}",
            "□ 本报记者 {name} 通讯员 {name2}",
            "记者 {name} 通讯员 {name2} {name3}",
            "□{name} 文/图",
            "本报记者 {name}",
            "作者：{name}　　责任编辑：{name2}",
            "{dt} 作者：{name} 阅读：{big}",
        ],
        "county": [
            "作者：{name} 来源：{county}融媒体中心 时间：{dt} 点击：{big}",
            "{county}融媒体记者 {name} {name2}",
        ],
        "portal": [
            "{date_dash} {time} 来源：{srcorg} 举报",
            "{srcorg} {dt} 发布于{prov}",
            "{srcorg} {date_dash} {time} · 来自{prov}",
        ],
        "ep": [
            "{paper}记者 {name}",
            "{dt} {paper}",
        ],
        "wx": [
            "原创 {name} {account} {date_dash} {time} 发表于{prov}",
            "{account} {date_dash} {time}",
            "以下文章来源于{account}，作者{name}",
        ],
        "tw": [
            "記者{name}／{city}報導",
            "{date_slash} {time} {site} 記者{name}{city}{d}日電",
            "{date_slash} {time} {site} / 記者{name}／{city}即時報導",
            "{site}報道",
            "{date_slash} {time}（{md} {time} 更新）",
            "{date_dash} {time} {site}",
        ],
    },
    "credit": {
        "cn": [
            "原标题：{title}",
            "（原标题：{title}）",
            "本文来源：{site}",
            "转载自：{srcorg}",
            "文章来源：{srcorg}",
            "来源：{srcorg}",
        ],
        "county": ["稿件来源：{county}融媒体中心"],
        "wx": [
            "来源：{account}公众号",
            "本文转自“{account}”微信公众号",
        ],
        "portal": ["本文为{portal}作者原创，未经授权不得转载"],
        "tw": ["（中央社）", "（{site}報道）", "資料來源：{site}"],
    },
    "summary": {
        "cn": [
            "摘要：{lede}",
            "[摘要] {lede}",
            "导读：{lede}",
            "核心提示：{lede}",
            "内容提要 {lede}",
        ],
        "tw": ["重點摘要：{lede}"],
    },
    "share": {
        "cn": [
            "分享到：",
            "分享到：微信 微博 QQ空间",
            "【打印】【关闭】",
            "【字体：大 中 小】【打印本页】【关闭窗口】",
            "字号：T|T",
            "打印 | 收藏 | 分享 | 纠错",
            "扫一扫在手机打开当前页",
            "一键分享 微信 微博 QQ 复制链接",
            "打印本页 关闭窗口",
        ],
        "wx": [
            "分享 收藏 点赞 在看",
            "点击“在看”支持一下",
        ],
        "tw": [
            "分享到Facebook 分享到LINE 分享到X 複製連結",
            "分享 Facebook LINE 列印 字級 A A A",
            "字體大小 小 中 大 | 列印 | 轉寄",
            "分享 收藏 留言 列印",
            "A- A+ 分享",
        ],
    },
    "follow": {
        "cn": [
            "扫描二维码关注{site}微信公众号",
            "关注{site}官方微信，了解更多资讯",
            "微信扫一扫，分享到朋友圈",
        ],
        "wx": [
            "点击上方蓝字关注我们",
            "点击上方“{account}”关注我们",
            "↑点击上方蓝字 关注{account}",
            "▲点击上方蓝字，设为星标",
            "阅读原文",
            "长按二维码关注",
            "长按识别二维码 关注我们",
            "扫码关注{account}",
            "点击“阅读原文”查看更多",
            "关注{account}，获取更多资讯",
            "喜欢就点个“赞”和“在看”吧",
            "↓↓↓ 扫码关注 ↓↓↓",
            "微信扫一扫 关注该公众号",
            "预览时标签不可点",
            "-END-",
            "— THE END —",
        ],
        "tw": [
            "加入{site}LINE好友，即時新聞不漏接",
            "追蹤{site}Facebook專頁",
            "掃描QR Code 下載{site}APP",
        ],
    },
    "app": {
        "cn": [
            "下载{site}客户端",
            "打开APP阅读全文",
            "{site}APP 下载",
            "扫码下载{site}客户端 看更多新闻",
            "打开{site}APP，阅读体验更佳",
            "在APP内打开",
            "手机看新闻，下载“{app}”客户端",
            "APP内查看更多精彩内容",
        ],
        "tw": [
            "下載{site}APP",
            "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法",
            "訂閱電子報",
            "點我訂閱{site}電子報",
        ],
    },
    "cms": {
        "cn": [
            "var _hmt = _hmt || [];",
            "$(function(){ $('.share').show(); });",
            "<!--enpcontent-->",
            'var pageId = "{big}"; var channelId = "{n}";',
            "try{ getVisit('{big}'); }catch(e){}",
            "function changeSize(s){ document.getElementById('zoom').style.fontSize=s+'px'; }",
            '_czc.push(["_trackEvent", "news", "view"]);',
            "{{ article.content }}",
            '$("#comment").load("/comment/{big}");',
            "showPageBreak();",
        ],
        "tw": [
            "googletag.cmd.push(function() { googletag.display('div-gpt-ad-{big}'); });",
            "window.dataLayer = window.dataLayer || [];",
        ],
    },
    "media": {
        "cn": [
            "（图片来源：视觉中国）",
            "图片来源：网络",
            "图片来源：{site}",
            "视频加载中...",
            "视频加载中，请稍候...",
            "点击查看大图",
            "▲资料图",
            "（资料图）",
            "{name} 摄",
            "记者 {name} 摄",
            "新华社记者 {name} 摄",
            "（受访者供图）",
            "图为{place}。记者 {name} 摄",
            "（图片由{county}融媒体中心提供）",
            "播放 暂停 进入全屏 退出全屏 静音",
            "00:00 / 0{n1}:{n2}",
            "视频：{name}",
            "图 | {site}",
        ],
        "tw": [
            "圖／記者{name}攝",
            "圖為{place}。（中央社）",
            "（圖取自{name}臉書）",
            "圖片來源：翻攝臉書",
            "影音／{name}",
            "圖：{site}",
        ],
    },
    "ad": {
        "cn": [
            "广告",
            "- 广告 -",
            "广告 ×",
            "展开全文",
            "点击展开全文 ∨",
            "打开APP 查看更多高清图片",
        ],
        "tw": [
            "請繼續往下閱讀...",
            "廣告",
            "（贊助廣告）",
            "看更多",
        ],
    },
    "editor": {
        "cn": [
            "（责任编辑：{name}）",
            "责任编辑：{name}",
            "编辑：{name}",
            "编辑 {name} 校对 {name2}",
            "【纠错】 【责任编辑：{name}】",
            "（编辑：{name} 审核：{name2}）",
            "责编：{name} 审核：{name2} 终审：{name3}",
            "初审：{name} 复审：{name2} 终审：{name3}",
            "校对：{name}",
            "本期编辑：{name}",
            "[责任编辑:{name}]",
            "编辑/{name} 审核/{name2}",
            "值班编辑：{name}",
            "监制：{name} 审核：{name2}",
        ],
        "ep": [
            "本版责任编辑：{name}  版式设计：{name2}",
            "责编 {name} 美编 {name2} 校对 {name3}",
        ],
        "wx": [
            "文字：{name}\u3000图片：{name2}\u3000编辑：{name3}",
            "编辑：{name}　审核：{name2}　监制：{name3}",
            "来源：{account}　编辑：{name}",
        ],
        "tw": [
            "（編輯：{name}）{roc}",
            "責任編輯：{name}",
            "編輯：{name}",
            "（譯者：{name}／核稿：{name2}）{roc}",
        ],
    },
    "tags": {
        "cn": [
            "标签：{tags}",
            "关键词：{tags}",
            "相关热词：{tags}",
            "Tags：{tags}",
            "# {tag1} # {tag2}",
            "#{tag1}# #{tag2}#",
        ],
        "tw": [
            "相關標籤：{tags}",
            "#{tag1} #{tag2}",
            "關鍵字：{tags}",
        ],
    },
    "related": {
        "cn": [
            "相关新闻",
            "相关阅读：",
            "推荐阅读",
            "延伸阅读",
            "热点推荐",
            "猜你喜欢",
            "更多精彩",
            "相关链接：",
            "精彩推荐",
            "24小时热闻",
            "图片新闻",
            "热门文章 排行榜",
            "视频推荐",
        ],
        "wx": ["往期推荐", "往期回顾", "推荐阅读 Recommend"],
        "tw": [
            "延伸閱讀",
            "相關新聞",
            "熱門新聞",
            "推薦閱讀",
            "更多{site}新聞",
            "今日熱門",
            "編輯推薦",
        ],
    },
    "related-item": {
        "cn": [
            "{title}",
            "· {title}",
            "▪ {title} {date_dash}",
            "{title} {date_dash}",
            "[{col}] {title}",
            "{n} {title}",
            "{title}（{dt}）",
            "▶ {title}",
        ],
        "tw": [
            "▸ {title}",
            "‧ {title}",
            "{title} {date_slash}",
        ],
    },
    "comments": {
        "cn": [
            "发表评论",
            "网友评论",
            "已有0人参与",
            "已有{n}人参与 {n}条评论",
            "我要评论",
            "评论 0",
            "网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述",
            "登录后才能发表评论",
            "文明上网 理性发言",
            "请输入评论内容",
            "共有{n}条评论 查看全部",
            "写评论...",
            "热门评论",
            "最新评论",
        ],
        "tw": [
            "留言",
            "我要留言",
            "本文留言 共0則",
            "登入後即可留言",
            "發表意見",
            "請遵守網路禮儀",
        ],
    },
    "pager": {
        "cn": [
            "上一篇：{title}",
            "下一篇：{title}",
            "上一篇 下一篇",
            "返回顶部",
            "返回首页",
            "【返回列表】",
            "首页 上一页 1 2 3 下一页 尾页",
            "返回{col}频道",
            "回到顶部",
        ],
        "tw": ["回到頁首", "下一則", "上一則：{title}", "回頂部"],
    },
    "disclaimer": {
        "cn": [
            "免责声明：本文仅代表作者个人观点，与本网无关。",
            "声明：本文转载自{srcorg}，版权归原作者所有，如有侵权请联系删除。",
            "凡本网注明“来源：{site}”的所有作品，版权均属于{site}，"
            "未经授权不得转载、摘编或利用其它方式使用。",
            "本网转载其他媒体稿件，意在传播更多信息，不代表本网观点，不构成投资建议。",
            "郑重声明：凡注明来源为其他媒体的作品，均为转载，目的在于传递更多信息，"
            "并不代表本网赞同其观点。",
            "文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
            "如因作品内容、版权和其他问题需要同本网联系的，请在30日内进行。",
        ],
        "portal": [
            "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“{portal}”用户上传并发布，"
            "本平台仅提供信息存储服务。",
        ],
        "wx": [
            "本文为{account}原创，转载请注明出处。",
            "图片来源于网络，如有侵权请联系删除",
        ],
        "tw": [
            "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
            "以上言論不代表本報立場。",
            "本文為作者意見，不代表本報立場。",
            "投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。",
        ],
    },
    "contact": {
        "cn": [
            "联系电话：{phone}  电子邮箱：{email}",
            "违法和不良信息举报电话：{phone}  举报邮箱：{email}",
            "新闻热线：{phone}",
            "地址：{city}市{road}{n}号 邮编：{zip}",
            "投稿邮箱：{email}",
            "联系我们 | 关于我们 | 广告服务 | 网站声明",
            "中国互联网举报中心 | 网上有害信息举报专区",
            "举报电话：12377",
            "未成年人举报热线：{phone}",
            "广告合作：{phone}",
        ],
        "tw": [
            "客服專線：(02){tel8}",
            "新聞信箱：{email}",
            "聯絡我們 | 廣告刊登 | 隱私權政策 | 服務條款",
            "爆料專線：{phone}",
        ],
    },
    "copyright": {
        "cn": [
            "版权所有：{site}",
            "Copyright © {y0}-{year} {domain} All Rights Reserved",
            "{site} 版权所有 未经许可不得转载",
            "Copyright©{year} {site}. All rights reserved.",
            "{paper}社 版权所有 ©{year}",
            "版权所有 © {site} 未经书面授权禁止使用",
            "主办单位：{prov}日报报业集团",
        ],
        "county": [
            "主办：中共{county}委宣传部 承办：{county}融媒体中心",
            "{county}融媒体中心 版权所有",
        ],
        "portal": ["© {year} {site} 版权所有"],
        "tw": [
            "Copyright © {year} {site}. All rights reserved.",
            "© {year} 聯合線上公司 版權所有",
            "{site}版權所有不得轉載 © {year} All Rights Reserved.",
            "{site} 版權所有 不得轉載",
        ],
    },
    "icp": {
        "cn": [
            "京ICP备{icp}号",
            "{abbr}ICP备{icp}号-1  {abbr}公网安备 {gongan}号",
            "互联网新闻信息服务许可证：{lic}",
            "ICP证：{abbr}B2-{icp}",
            "信息网络传播视听节目许可证：{lic}",
            "公安机关备案号：{gongan}",
            "{abbr}公网安备 {gongan}号",
            "增值电信业务经营许可证：{abbr}B2-{icp}",
            "广播电视节目制作经营许可证：（{abbr}）字第{n}号",
            "网站标识码：{bsm}",
            "{abbr}ICP备{icp}号 | 技术支持：{company}",
        ],
    },
}

# Spam, in my own wording: SEO title headers (the first line of a page) and keyword-stuffed
# lines found in headers, bodies and footers.
SPAM_HEADERS = [
    "澳门新葡京娱乐场_真人百家乐官网_线上博彩平台注册送38元",
    "成人影院免费观看_午夜福利视频在线_国产精品一区二区高清",
    "重庆时时彩开奖结果_北京赛车PK10计划_幸运飞艇精准预测",
    "办理毕业证_学历认证代办_四六级证书制作_专业办证QQ号",
    "无抵押小额贷款当天放款_黑户急用钱秒批_网贷口子大全",
    "六合彩资料大全|香港马会开奖结果|特码玄机图库",
    "欧美性爱视频_日本成人片在线播放_免费黄色网站入口",
    "足球外围投注网站-世界杯滚球下注-皇冠体育官方入口",
    "代开发票13800000000_增值税专用发票代开_全国可查验",
    "身份证驾驶证办理_各类证件制作_一比一复刻可上网查询",
    "快三稳赚计划群-分分彩必中技巧-彩票平台招代理",
    "棋牌游戏真钱赢现金_斗地主提现秒到账_开元棋牌官网",
]
SPAM_LINES = [
    "热门搜索: 百家乐技巧 时时彩计划 澳门赌场网址 老虎机破解 真人娱乐平台 注册送彩金",
    "友情链接:AV天堂 色综合网 成人直播 午夜影院 福利导航 无码专区",
    "加微信包过六级证书,教师资格证,会计证,一手货源,学信网可查!",
    "急用钱?身份证即可贷款,不看征信,不查负债,5分钟到账,联系QQ 1234567",
    "最新六合彩开奖直播,一肖一码,四不像,平特一肖,必中特码请加群",
    "美女荷官在线发牌,百家乐、龙虎斗、骰宝,首存即送100%,日提现无上限",
    "大乐透双色球胆码推荐 专家杀号 彩票网投平台 稳赚不赔 邀请码8888",
    "同城约炮 一夜情交友 上门服务 外围女 全国空降 微信同号",
    "出售各类证件:护照、房产证、结婚证、职称证,制作精良,支持验证",
    "网贷黑户也能下款 白户秒批 不上征信口子 高炮短借 包装贷款",
    "看片神器APP下载 黄色视频免费看 成人直播平台 破解版无限观看",
    "网站地图: 真钱棋牌 | 捕鱼游戏 | 电子游艺 | 体育投注 | 彩票开奖 | 娱乐城",
    "信用卡套现秒到 花呗提现 借呗额度提升 征信修复 代还信用卡",
]

# Hard negatives: ordinary reporting that uses the words boilerplate and spam are made of.
HARD_NEGATIVES = [
    "记者从市公安局获悉，今年以来全市共破获电信网络诈骗案件312起，追回群众损失1800余万元。",
    "该县开通24小时举报电话，群众可就拖欠农民工工资问题直接反映，接到举报后2小时内响应。",
    "版权保护意识的提升，让越来越多的非遗传承人开始为自己的作品登记著作权。",
    "警方提醒，凡是声称“无抵押、秒到账”的网络贷款广告，多为诈骗陷阱，市民切勿轻信。",
    "此次专项行动共查处利用网络平台传播淫秽色情信息案件17起，关停违法网站43个。",
    "体彩中心工作人员介绍，今年一季度全省彩票销量同比增长12%，公益金主要用于全民健身设施建设。",
    "该数据来源于全省1200个监测点的实时采集，每小时更新一次。",
    "编辑部收到读者来信后，记者第二天便赶到现场核实情况。",
    "活动现场，群众扫描二维码即可登记信息，全程不到一分钟。",
    "不少老人不会使用智能手机下载客户端，社区便安排网格员上门帮忙。",
    "“我们村里的人都喜欢在微信群里分享种菜经验。”村民李大姐笑着说。",
    "警方在嫌疑人的电脑中发现大量伪造的学历证书、职业资格证书模板。",
    "网络赌博看似能一夜暴富，实则是精心设计的骗局，不少人因此倾家荡产。",
    "他在网上发表评论后，引来数百名网友参与讨论，相关部门随即作出回应。",
    "作为报社的一名责任编辑，王丽已经在夜班岗位上坚守了十二年。",
    "法官在庭审中特别指出，“图片来源于网络”的说法并不能免除侵权责任。",
    "直播间里，主播不断催促观众点击链接下载所谓的“投资APP”，警方已介入调查。",
    "网安民警介绍，网站的ICP备案号可以在工信部网站查询真伪，市民上网时要多留个心眼。",
    "村里专门设立了意见箱和联系电话，村民有事随时可以找到村干部。",
    "他把这些老照片分享给记者，每一张背后都有一段故事。",
    "这条短视频发布后，点击量很快突破了十万，不少网友留言点赞。",
    "市民可关注“商水发布”微信公众号，查询最新的便民服务信息。",
    "该文章被多家媒体转载后，引起了有关部门的重视，问题很快得到解决。",
    "律师表示，商家在店内张贴的所谓“免责声明”，并不能免除其应尽的安全保障义务。",
    "一名彩民在市区一家彩票站购买的双色球彩票，中得一等奖奖金500万元。",
    "县农商行为种植大户发放贴息贷款1200万元，解了合作社的燃眉之急。",
    "每个摊位都张贴了统一的收款二维码，方便市民扫码支付。",
    "作为一名基层通讯员，他十年来共写了三百多篇稿件，记录家乡的变化。",
    "根据群众举报线索，执法人员在城郊一处仓库查获假冒化肥20余吨。",
    "工作人员现场为群众打印社保缴费凭证，平均每人只需两分钟。",
    "这篇评论文章指出，基层减负不能只停留在文件上，更要落实到行动中。",
    "她是一名短视频编辑，每天要剪辑十几条乡村振兴主题的视频。",
    "该市政务服务客户端已上线127项高频事项，实现“掌上办”“指尖办”。",
    "截至目前，“豫事办”下载量已超过5000万次，注册用户覆盖全省各地。",
    "学校开展网络安全教育，提醒学生远离暴力、色情等不良信息。",
    "警方打掉一个以棋牌游戏为幌子的网络赌博团伙，涉案金额达3000余万元。",
    "村干部逐户宣传，劝导村民远离地下六合彩等非法赌博活动。",
    "街头“办证”小广告屡禁不止，城管部门联合公安开展专项整治。",
    "“刷单返利”是最常见的诈骗类型之一，受害者多为在校学生和全职妈妈。",
    "大学生小王因陷入网贷“套路”，半年内欠款从3000元滚到了8万元。",
    "受冷空气影响，预计本周末全市将出现大风降温天气，最低气温降至零下5℃。",
    "该报第一版刊发了评论员文章，在读者中引起强烈反响。",
    "据了解，这批捐赠物资来源于省内多家爱心企业。",
    "摄影爱好者们早早架起相机，等待日出时分的那一刻。",
    "这条求助信息经网友转发后，不到两小时就找到了走失老人。",
    "所有申请材料经县民政局审核后，补贴资金将在10个工作日内发放到位。",
    "目前全县已有86家食品经营单位取得许可证，持证率达到100%。",
    "新建民宿须向文旅部门备案，并接受消防安全检查后方可营业。",
    "这一做法受到了社会各界的广泛关注，多地前来学习经验。",
    "如有疑问，可拨打12345政务服务热线咨询，工作人员将在1个工作日内答复。",
    "他把写好的稿件发给报社，第二天就见了报，全村人都争着传阅。",
    "为防止信息泄露，工作人员提醒大家不要随意在网上分享身份证照片。",
]

# --- slot values ---------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波宁鹏辉晓燕雪婷俊斌"
CN_COLUMNS = [
    "时政",
    "国内",
    "地方",
    "社会",
    "经济",
    "要闻",
    "本地新闻",
    "乡镇动态",
    "民生",
    "教育",
    "健康",
    "文旅",
    "政务",
    "综合新闻",
]
TW_COLUMNS = ["政治", "社會", "生活", "地方", "兩岸", "國際", "產經", "港聞", "要聞", "即時"]
PAGE_NAMES = ["要闻", "综合新闻", "县域经济", "社会", "专版", "理论", "副刊", "地方新闻", "时评"]
WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
TW_WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]
LUNAR = ["三月廿三", "腊月初八", "八月十五", "正月十二", "五月初五", "九月初九", "冬月廿一"]
PLACES = [
    "志愿者为居民送菜上门",
    "工人在生产线上忙碌",
    "村民在田间查看小麦长势",
    "游客在景区游览",
    "医护人员为群众接种疫苗",
    "学生在图书馆阅读",
    "执法人员检查食品安全",
]
TW_PLACES = ["立法院院會", "颱風過後的街頭", "台北101", "維多利亞港夜景", "民眾排隊購票"]
ROADS = ["人民路", "建设大道", "文化路", "解放街", "中山路", "新华西路"]
COMPANIES = ["大汉网络", "云创科技", "中科信息", "华信网络"]
TAGS = [
    "疫情防控",
    "乡村振兴",
    "民生",
    "高质量发展",
    "基层治理",
    "志愿服务",
    "党建",
    "营商环境",
    "文明创建",
    "农业农村",
    "防汛",
    "教育",
    "就业",
]
TW_TAGS = ["立法院", "颱風", "台股", "疫苗", "捷運", "房價", "選舉", "高鐵"]
TITLES = [
    "我市召开2023年度安全生产工作会议",
    "全省春季农业生产现场会在我县召开",
    "县委理论学习中心组举行集体学习",
    "这个小镇的“夜经济”火了",
    "高速公路春运首日车流量平稳",
    "多部门联合开展食品安全专项检查",
    "首批“乡村工匠”名单公布",
    "全市中小学秋季学期开学工作有序推进",
    "城区新增3处口袋公园 市民休闲有了新去处",
    "省运会筹备工作进入冲刺阶段",
    "一季度全县经济运行稳中向好",
    "老旧小区改造惠及2000余户居民",
    "我国成功发射一颗新型遥感卫星",
    "国务院常务会议部署稳就业举措",
    "夏粮收购工作全面展开",
    "文化惠民演出走进乡村",
    "县人民医院开通胸痛救治绿色通道",
    "这位80后村支书带领村民种出“致富果”",
    "全市防汛工作部署会召开",
    "第三届农民丰收节活动精彩纷呈",
    "新能源汽车下乡活动启动",
    "退役军人服务站实现全覆盖",
    "暴雨蓝色预警：部分地区有大到暴雨",
    "我县举办大型招聘会 提供岗位3000余个",
    "图解：一图读懂政府工作报告",
    "视频｜航拍金秋田野 丰收画卷美如画",
]
TW_TITLES = [
    "颱風外圍環流影響 北部山區防豪雨",
    "立法院三讀通過 基本工資調漲",
    "台股終場上漲逾200點 成交量放大",
    "高鐵連假加開班次 明起開放訂票",
    "港府公布新一輪消費券計劃",
    "捷運新線通車首日 旅客量創新高",
    "颱風假怎麼放？人事行政局說明",
    "星島申訴王 屋邨升降機頻故障",
    "房價走勢分析：首購族觀望氣氛濃",
    "疫苗接種站延長開放時間",
]
CN_SOURCES = [
    "人民网",
    "新华网",
    "央视新闻",
    "光明日报",
    "中国新闻网",
    "河南日报",
    "四川日报",
    "南方日报",
    "黑龙江日报",
    "经济日报",
]
PROVINCES = [
    ("河南", "豫", "郑州"),
    ("四川", "川", "成都"),
    ("广东", "粤", "广州"),
    ("黑龙江", "黑", "哈尔滨"),
    ("陕西", "陕", "西安"),
    ("北京", "京", "北京"),
]

CENTRAL = [
    ("人民网", "people.com.cn", "人民日报"),
    ("新华网", "xinhuanet.com", "新华每日电讯"),
    ("央视网", "cctv.com", "央视新闻"),
    ("光明网", "gmw.cn", "光明日报"),
    ("中国新闻网", "chinanews.com.cn", "中国新闻周刊"),
]
PROVINCIAL = [
    ("大河网", "dahe.cn", "河南日报", 0),
    ("四川在线", "scol.com.cn", "四川日报", 1),
    ("南方网", "southcn.com", "南方日报", 2),
    ("东北网", "dbw.cn", "黑龙江日报", 3),
]
COUNTIES = [
    ("商水县", "周口", 0, "ssxrmt.cn"),
    ("正阳县", "驻马店", 0, "zyxrmt.cn"),
    ("郫都区", "成都", 1, "pdrmt.cn"),
    ("新兴县", "云浮", 2, "xxrmt.cn"),
    ("五常市", "哈尔滨", 3, "wcrmt.cn"),
    ("洛南县", "商洛", 4, "lnxrmt.cn"),
]
PAPERS = [
    ("周口日报", 0),
    ("驻马店日报", 0),
    ("商洛日报", 4),
    ("河南日报", 0),
    ("四川日报", 1),
    ("南方日报", 2),
    ("黑龙江日报", 3),
]
ACCOUNTS = [
    ("商水发布", 0),
    ("川观新闻", 1),
    ("南方+", 2),
    ("哈尔滨发布", 3),
    ("商洛发布", 4),
    ("健康中国", 5),
    ("新华视点", 5),
    ("人民日报", 5),
]
PORTALS = [
    ("网易新闻", "163.com", "网易号"),
    ("搜狐", "sohu.com", "搜狐号"),
    ("新浪新闻", "sina.com.cn", "新浪看点"),
    ("腾讯新闻", "qq.com", "企鹅号"),
    ("凤凰网", "ifeng.com", "凤凰网凤凰号"),
]
TWHK = [
    ("中央社", "cna.com.tw", "台北"),
    ("聯合新聞網", "udn.com", "台北"),
    ("自由時報", "ltn.com.tw", "台北"),
    ("星島日報", "stheadline.com", "香港"),
]

FAMILY_GROUPS = {
    "central": ["cn"],
    "provincial": ["cn"],
    "county": ["county", "cn"],
    "epaper": ["ep", "cn"],
    "wechat": ["wx", "cn"],
    "portal": ["portal", "cn"],
    "twhk": ["tw"],
}
MAINLAND = [
    ("central", 20),
    ("provincial", 20),
    ("county", 20),
    ("epaper", 15),
    ("wechat", 15),
    ("portal", 10),
]

# kind -> probability of appearing, per family, in the header (before the body) and footer
HEADER_PLAN: dict[str, dict[str, float]] = {
    "central": {
        "nav": 0.7,
        "breadcrumb": 0.5,
        "dateline": 0.3,
        "source": 0.9,
        "summary": 0.2,
        "share": 0.3,
        "app": 0.2,
        "cms": 0.1,
    },
    "provincial": {
        "nav": 0.8,
        "breadcrumb": 0.6,
        "dateline": 0.4,
        "source": 0.9,
        "summary": 0.2,
        "share": 0.3,
        "app": 0.2,
        "cms": 0.15,
    },
    "county": {
        "nav": 0.8,
        "breadcrumb": 0.5,
        "dateline": 0.5,
        "source": 0.9,
        "summary": 0.1,
        "share": 0.4,
        "cms": 0.1,
    },
    "epaper": {"nav": 0.4, "epaper": 0.95, "breadcrumb": 0.2, "source": 0.7, "summary": 0.1},
    "wechat": {"source": 0.9, "follow": 0.6, "summary": 0.15},
    "portal": {"nav": 0.6, "source": 0.95, "app": 0.5, "summary": 0.2, "share": 0.2},
    "twhk": {
        "nav": 0.8,
        "breadcrumb": 0.5,
        "dateline": 0.3,
        "epaper": 0.1,
        "source": 0.9,
        "share": 0.6,
        "cms": 0.1,
    },
}
FOOTER_PLAN: dict[str, dict[str, float]] = {
    "central": {
        "editor": 0.8,
        "credit": 0.3,
        "share": 0.5,
        "tags": 0.3,
        "follow": 0.3,
        "app": 0.2,
        "related": 0.5,
        "comments": 0.3,
        "pager": 0.3,
        "disclaimer": 0.4,
        "contact": 0.4,
        "copyright": 0.8,
        "icp": 0.7,
        "cms": 0.15,
    },
    "provincial": {
        "editor": 0.85,
        "credit": 0.3,
        "share": 0.5,
        "tags": 0.4,
        "follow": 0.3,
        "app": 0.3,
        "related": 0.6,
        "comments": 0.4,
        "pager": 0.3,
        "disclaimer": 0.5,
        "contact": 0.5,
        "copyright": 0.85,
        "icp": 0.8,
        "cms": 0.15,
    },
    "county": {
        "editor": 0.9,
        "credit": 0.4,
        "share": 0.4,
        "follow": 0.4,
        "related": 0.3,
        "pager": 0.5,
        "contact": 0.5,
        "copyright": 0.9,
        "icp": 0.8,
        "cms": 0.1,
    },
    "epaper": {"epaper": 0.4, "editor": 0.5, "related": 0.2, "copyright": 0.6, "icp": 0.4},
    "wechat": {
        "follow": 0.9,
        "editor": 0.7,
        "credit": 0.4,
        "related": 0.4,
        "disclaimer": 0.4,
        "share": 0.3,
    },
    "portal": {
        "editor": 0.5,
        "credit": 0.5,
        "tags": 0.3,
        "app": 0.4,
        "related": 0.7,
        "comments": 0.6,
        "disclaimer": 0.7,
        "copyright": 0.5,
        "icp": 0.5,
    },
    "twhk": {
        "editor": 0.6,
        "credit": 0.3,
        "tags": 0.4,
        "follow": 0.4,
        "app": 0.6,
        "related": 0.7,
        "comments": 0.3,
        "pager": 0.2,
        "disclaimer": 0.3,
        "contact": 0.4,
        "copyright": 0.8,
        "cms": 0.1,
    },
}
FOOTER_ORDER = [
    "editor",
    "credit",
    "tags",
    "share",
    "follow",
    "app",
    "epaper",
    "pager",
    "related",
    "comments",
    "disclaimer",
    "contact",
    "copyright",
    "icp",
    "cms",
]
HEADER_BEFORE = ["nav", "breadcrumb", "dateline", "epaper", "cms"]  # before the headline
HEADER_AFTER = ["source", "follow", "summary", "share", "app"]  # after it
KINDS = [
    "nav",
    "breadcrumb",
    "dateline",
    "epaper",
    "source",
    "summary",
    "share",
    "follow",
    "app",
    "cms",
    "media",
    "ad",
    "editor",
    "credit",
    "tags",
    "related",
    "related-item",
    "comments",
    "pager",
    "disclaimer",
    "contact",
    "copyright",
    "icp",
]
ARTICLE_KINDS = ["headline", "paragraph", "subhead", HARD]
SPAM_KINDS = [SPAM_HEADER, "spam"]

# Byline leads put before the first paragraph (they may be trimmed; not article characters).
LEADS = {
    "cn": [
        "本报讯（记者 {name}）",
        "新华社{city}{md}电（记者 {name} {name2}）",
        "中新网{city}{md}电 (记者 {name})",
        "人民网{city}{md}电 （记者{name}）",
        "{site}讯（记者 {name} 通讯员 {name2}）",
    ],
    "tw": [
        "（中央社記者{name}台北{d}日電）",
        "〔記者{name}／台北報導〕",
        "【記者{name}／香港報導】",
        "〔即時新聞／綜合報導〕",
    ],
}


def template_count() -> int:
    templates = [t for groups in TEMPLATES.values() for ts in groups.values() for t in ts]
    assert len(templates) == len(set(templates)), "duplicate templates"
    return len(templates)


class Filler:
    """Fills the slots of a template for one document (the same site throughout)."""

    def __init__(self, rng: random.Random, family: str, context: dict[str, str]):
        self.rng = rng
        self.family = family
        self.context = context
        self.titles: set[str] = set()  # related headlines used in this document

    def name(self) -> str:
        rng = self.rng
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        return rng.choice(SURNAMES) + given

    def value(self, slot: str) -> str:
        rng, context = self.rng, self.context
        if slot in context:
            return context[slot]
        tw = self.family == "twhk"
        if slot in ("name", "name2", "name3"):
            return self.name()
        if slot == "col":
            return rng.choice(TW_COLUMNS if tw else CN_COLUMNS)
        if slot == "title":
            pool = TW_TITLES if tw else TITLES
            fresh = [t for t in pool if t not in self.titles] or pool
            title = rng.choice(fresh)
            self.titles.add(title)
            return title
        if slot == "tags":
            pool = TW_TAGS if tw else TAGS
            sep = rng.choice([" ", "  ", "，", "、", " | "])
            return sep.join(rng.sample(pool, rng.randint(2, 4)))
        if slot in ("tag1", "tag2"):
            return rng.choice(TW_TAGS if tw else TAGS)
        if slot == "place":
            return rng.choice(TW_PLACES if tw else PLACES)
        if slot == "time":
            return f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
        if slot == "dt":
            seconds = f":{rng.randint(0, 59):02d}" if rng.random() < 0.5 else ""
            return f"{context['date_dash']} {self.value('time')}{seconds}"
        if slot == "n":
            return str(rng.randint(1, 99))
        if slot in ("n1", "n2"):
            return str(rng.randint(1, 5)) if slot == "n1" else f"{rng.randint(0, 59):02d}"
        if slot == "big":
            return str(rng.randint(1000, 999999))
        if slot == "phone":
            return f"0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}"
        if slot == "tel8":
            return f"{rng.randint(2000, 8999)}-{rng.randint(1000, 9999)}"
        if slot == "email":
            user = rng.choice(["news", "tougao", "jubao", "service", "editor", "xwrx"])
            return f"{user}@{context['domain']}"
        if slot == "icp":
            return str(rng.randint(10000000, 99999999))
        if slot == "gongan":
            return str(rng.randint(10**13, 10**14 - 1))
        if slot == "lic":
            return str(rng.randint(10000000000, 99999999999))
        if slot == "bsm":
            return str(rng.randint(4100000000, 4199999999))
        if slot == "zip":
            return str(rng.randint(100000, 899999))
        if slot == "t1":
            return str(rng.randint(-8, 18))
        if slot == "t2":
            return str(rng.randint(19, 36))
        if slot == "road":
            return rng.choice(ROADS)
        if slot == "company":
            return rng.choice(COMPANIES)
        if slot == "lunar":
            return rng.choice(LUNAR)
        raise KeyError(slot)

    def fill(self, template: str, traditional_values: bool = False) -> str:
        def one(match: re.Match[str]) -> str:
            value = self.value(match.group(1))
            return S2T.convert(value) if traditional_values else value

        return re.sub(r"\{(\w+)\}", one, template)


# --- punctuation width and spacing ---------------------------------------------------------

TO_HALF = str.maketrans(
    {"：": ":", "（": "(", "）": ")", "，": ",", "｜": "|", "！": "!", "？": "?", "；": ";"}
)
TO_FULL_ALWAYS = str.maketrans({"(": "（", ")": "）", "|": "｜", "!": "！", ";": "；"})
HALF_COLON = re.compile(r":(?=[^\d/]|$)")  # not a time (10:05) nor a URL (http://)
HALF_COMMA = re.compile(r",(?=\D|$)")


WIDTHS = ("as written", "as written", "half", "full")
SPACINGS = ("as written", "as written", "double", "ideographic", "tight")


@dataclass
class Style:
    """A site's habits: punctuation width and spacing of its chrome, and of its articles."""

    width: str
    spacing: str
    article_full: bool  # the labelled lines are half-width; some sites use full width
    indent: str  # before each paragraph

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        return cls(
            rng.choice(WIDTHS),
            rng.choice(SPACINGS),
            rng.random() < 0.5,
            rng.choice(["", "", "", "\u3000\u3000", "  "]),
        )


def vary(text: str, rng: random.Random, style: Style) -> str:
    """Punctuation width and spacing of a boilerplate or spam line: the site's style, and
    now and then (one line in five) another."""
    width = style.width if rng.random() < 0.8 else rng.choice(WIDTHS)
    spacing = style.spacing if rng.random() < 0.8 else rng.choice(SPACINGS)
    if width == "half":
        text = text.translate(TO_HALF)
    elif width == "full":
        text = text.translate(TO_FULL_ALWAYS)
        text = HALF_COLON.sub("：", text)
        text = HALF_COMMA.sub("，", text)
    if spacing == "double":
        text = text.replace(" ", "  ")
    elif spacing == "ideographic":
        text = text.replace(" ", "\u3000")
    elif spacing == "tight":
        text = re.sub(r" ?([|｜>›/]) ?", r"\1", text)
    roll = rng.random()
    if roll < 0.08:
        text = "\u3000" + text
    elif roll < 0.14:
        text = text + " "
    return text


def article_width(text: str, full: bool) -> str:
    """The labelled lines use half-width punctuation; some documents get full width."""
    if not full:
        return text
    return HALF_COMMA.sub("，", HALF_COLON.sub("：", text)).translate(
        str.maketrans({"(": "（", ")": "）", "!": "！", "?": "？", ";": "；"})
    )


# --- the labelled article lines -----------------------------------------------------------


@dataclass
class Articles:
    headlines: list[str] = field(default_factory=list)
    runs: list[list[str]] = field(default_factory=list)  # article lines of each labels file


def is_headline(text: str) -> bool:
    return len(text) <= 60 and "。" not in text and not text.startswith("本报讯")


def load_articles() -> Articles:
    articles = Articles()
    for path in sorted(LABELS.glob("*.tsv")):
        run = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            label, _, text = raw.partition("\t")
            if label != ARTICLE or not text.strip():
                continue
            run.append(text)
            if is_headline(text):
                articles.headlines.append(text)
        articles.runs.append(run)
    return articles


# --- documents ----------------------------------------------------------------------------


def weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([name for name, _ in pairs], [weight for _, weight in pairs])[0]


def random_date(rng: random.Random) -> tuple[int, int, int, int]:
    """(year, month, day, weekday index) between 2019 and 2024."""
    first, last = date(2019, 1, 1).toordinal(), date(2024, 12, 31).toordinal()
    day = date.fromordinal(rng.randint(first, last))
    return day.year, day.month, day.day, day.weekday()


def document_context(rng: random.Random, family: str) -> dict[str, str]:
    year, month, day, weekday = random_date(rng)
    zero = rng.random() < 0.5
    province, abbr, city = rng.choice(PROVINCES)
    county = COUNTIES[rng.randrange(len(COUNTIES))]
    context = {
        "year": str(year),
        "y0": str(rng.randint(1997, 2012)),
        "date_cn": f"{year}年{month:02d}月{day:02d}日" if zero else f"{year}年{month}月{day}日",
        "date_dash": f"{year}-{month:02d}-{day:02d}",
        "date_slash": f"{year}/{month:02d}/{day:02d}",
        "md": f"{month}月{day}日",
        "d": str(day),
        "roc": f"{year - 1911}{month:02d}{day:02d}",
        "weekday": WEEKDAYS[weekday],
        "tw_week": TW_WEEKDAYS[weekday],
        "prov": province,
        "abbr": abbr,
        "city": city,
        "county": county[0],
        "srcorg": rng.choice(CN_SOURCES),
        "paper": rng.choice(PAPERS)[0],
        "account": rng.choice(ACCOUNTS)[0],
        "portal": rng.choice(PORTALS)[2],
        "app": rng.choice(["人民日报", "新华社", "央视新闻", "大河报", "川观新闻", "南方+"]),
        "page": f"{rng.randint(1, 16):02d}",
        "pagename": rng.choice(PAGE_NAMES),
    }
    if family == "central":
        site, domain, paper = rng.choice(CENTRAL)
        context.update(site=site, domain=domain, paper=paper)
    elif family == "provincial":
        site, domain, paper, index = rng.choice(PROVINCIAL)
        province, abbr, city = PROVINCES[index]
        context.update(site=site, domain=domain, paper=paper, prov=province, abbr=abbr, city=city)
    elif family == "county":
        name, city, index, domain = county
        province, abbr, _ = PROVINCES[index]
        site = name + rng.choice(["融媒体中心", "新闻网", "融媒"])
        context.update(site=site, domain=domain, prov=province, abbr=abbr, city=city)
    elif family == "epaper":
        paper, index = rng.choice(PAPERS)
        province, abbr, city = PROVINCES[index]
        site = paper + rng.choice(["数字报", "电子版", ""])
        context.update(
            site=site, paper=paper, domain="epaper.example.cn", prov=province, abbr=abbr, city=city
        )
    elif family == "wechat":
        account, index = rng.choice(ACCOUNTS)
        province, abbr, city = PROVINCES[index]
        context.update(
            site=account,
            account=account,
            domain="mp.weixin.qq.com",
            prov=province,
            abbr=abbr,
            city=city,
        )
    elif family == "portal":
        site, domain, platform = rng.choice(PORTALS)
        context.update(site=site, domain=domain, portal=platform, abbr="京")
    else:
        site, domain, city = rng.choice(TWHK)
        context.update(
            site=site, domain=domain, city=city, paper=site, date_cn=f"{year}年{month}月{day}日"
        )
    return context


class Builder:
    """Accumulates the lines of one document."""

    def __init__(
        self, rng: random.Random, family: str, traditional: bool, filler: Filler, style: Style
    ):
        self.rng = rng
        self.family = family
        self.traditional = traditional
        self.filler = filler
        self.style = style
        self.lines: list[Line] = []
        self.used: set[str] = set()  # templates used in this document

    def script(self, text: str) -> str:
        return S2T.convert(text) if self.traditional else text

    def template(self, kind: str) -> tuple[str, str]:
        """A (group, template) of the kind for this family; ("", "") if it has none."""
        groups = TEMPLATES[kind]
        own = [g for g in FAMILY_GROUPS[self.family] if g in groups]
        if not own:
            return "", ""
        special = [g for g in own if g != "cn"]
        if special and "cn" in own and self.rng.random() < 0.35:
            group = "cn"
        else:
            group = special[0] if special else "cn"
        fresh = [t for t in groups[group] if t not in self.used] or groups[group]
        return group, self.rng.choice(fresh)

    def boilerplate(self, kind: str, zone: str, chosen: tuple[str, str] | None = None) -> bool:
        group, template = chosen or self.template(kind)
        if not template:
            return False
        self.used.add(template)
        if group == "tw":
            text = self.filler.fill(template, traditional_values=True)
        else:
            text = self.script(self.filler.fill(template))
        text = vary(text, self.rng, self.style)
        self.lines.append(Line(text, BOILERPLATE, kind, (0, len(text)), zone))
        return True

    def related_block(self, zone: str) -> None:
        """A block title and its items, the items in one format."""
        if self.boilerplate("related", zone):
            item = self.template("related-item")
            for _ in range(self.rng.randint(2, 6)):
                self.boilerplate("related-item", zone, item)

    def spam(self, kind: str, zone: str) -> None:
        text = self.rng.choice(SPAM_HEADERS if kind == SPAM_HEADER else SPAM_LINES)
        text = vary(self.script(text), self.rng, self.style)
        self.lines.append(Line(text, SPAM, kind, (0, len(text)), zone))

    def article(
        self,
        text: str,
        kind: str,
        zone: str,
        span: tuple[int, int] | None = None,
        position: str = "",
    ) -> None:
        original = text
        text = article_width(self.script(text), self.style.article_full)
        if span is None:
            span = (0, len(text))
        elif len(text) != len(original):  # the conversion changed the length
            span = article_span(text)
        indent = self.style.indent if kind in ("paragraph", HARD) else ""
        start, end = span
        self.lines.append(
            Line(
                indent + text,
                ARTICLE,
                kind,
                (start + len(indent), end + len(indent)),
                zone,
                position,
            )
        )


def lede_of(paragraph: str) -> str:
    end = paragraph.find("。")
    lede = paragraph[: end + 1] if 0 < end < 120 else paragraph[:80] + "……"
    return re.sub(r"^本报讯[(（][^)）]*[)）]", "", lede)


def make_document(rng: random.Random, articles: Articles) -> Document:
    traditional = rng.random() < 0.30
    family = "twhk" if traditional and rng.random() < 0.5 else weighted(rng, MAINLAND)
    context = document_context(rng, family)
    builder = Builder(rng, family, traditional, Filler(rng, family, context), Style.draw(rng))

    # the body: a run of labelled article lines
    run = rng.choice(articles.runs)
    count = rng.randint(3, 7)
    start = rng.randrange(max(1, len(run) - count + 1))
    body = run[start : start + count]
    while body and is_headline(body[0]) and len(body) > 1:
        body = body[1:]
    headline = rng.choice(articles.headlines)

    header_plan = HEADER_PLAN[family]
    footer_plan = FOOTER_PLAN[family]

    # header
    if rng.random() < 0.12:
        builder.spam(SPAM_HEADER, "header")
    for kind in HEADER_BEFORE:
        if rng.random() < header_plan.get(kind, 0.0):
            repeat = rng.randint(1, 3) if kind in ("nav", "epaper") else 1
            for _ in range(repeat):
                builder.boilerplate(kind, "header")
    if rng.random() < 0.04:
        builder.spam("spam", "header")
    builder.article(headline, "headline", "header")
    for kind in HEADER_AFTER:
        if kind == "follow" and family != "wechat":
            continue
        if rng.random() >= header_plan.get(kind, 0.0):
            continue
        if kind == "summary":
            lede = lede_of(body[0])
            group = "tw" if family == "twhk" else "cn"
            template = rng.choice(TEMPLATES["summary"][group])
            text = template.replace("{lede}", S2T.convert(lede) if family == "twhk" else lede)
            text = vary(builder.script(text) if group == "cn" else text, rng, builder.style)
            builder.lines.append(Line(text, BOILERPLATE, "summary", (0, len(text)), "header"))
        else:
            builder.boilerplate(kind, "header")

    # body: paragraphs with hard negatives, media lines, ads, mid-body related, spam
    items: list[tuple[str, str, str]] = [
        ("subhead" if is_headline(text) else "paragraph", text, "") for text in body
    ]
    hard_count = rng.choice([0, 0, 1, 1, 1, 2])
    for position in rng.sample(POSITIONS, hard_count):
        sentence = rng.choice(HARD_NEGATIVES)
        if position == "first":
            items.insert(0, (HARD, sentence, position))
        elif position == "last":
            items.append((HARD, sentence, position))
        else:
            items.insert(rng.randint(1, max(1, len(items) - 1)), (HARD, sentence, position))
    lead = ""
    if items[0][0] == "paragraph" and not items[0][1].startswith("本报讯") and rng.random() < 0.35:
        group = "tw" if family == "twhk" else "cn"
        lead = builder.filler.fill(rng.choice(LEADS[group]), traditional_values=group == "tw")
        if group == "cn":
            lead = builder.script(lead)
    extras: dict[int, list[str]] = defaultdict(list)  # after body item i: the extra kinds
    inner = list(range(len(items) - 1)) or [0]
    media_p = 0.5 if family in ("twhk", "wechat") else 0.35
    if rng.random() < media_p:
        for _ in range(rng.randint(1, 2)):
            extras[rng.choice(inner)].append("media")
    if rng.random() < (0.45 if family == "twhk" else 0.12):
        extras[rng.choice(inner)].append("ad")
    if rng.random() < (0.15 if family == "twhk" else 0.04):
        extras[rng.choice(inner)].append("related")
    if rng.random() < 0.05:
        extras[rng.choice(inner)].append("spam")
    for index, (kind, text, position) in enumerate(items):
        if index == 0 and lead:
            start, end = article_span(text)
            builder.article(lead + text, kind, "body", span=(len(lead) + start, len(lead) + end))
        elif kind == "paragraph":  # a labelled line: a byline lead or credit may go
            builder.article(text, kind, "body", span=article_span(text))
        else:
            builder.article(text, kind, "body", position=position)
        for extra in extras.get(index, []):
            if extra == "spam":
                builder.spam("spam", "body")
            elif extra == "related":
                builder.related_block("body")
            else:
                builder.boilerplate(extra, "body")

    # footer
    order = FOOTER_ORDER[:]
    for _ in range(3):  # sites differ in order; swap a few neighbours
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
    for kind in order:
        if rng.random() >= footer_plan.get(kind, 0.0):
            continue
        if kind == "related":
            builder.related_block("footer")
        else:
            repeat = rng.randint(1, 3) if kind in ("follow", "icp", "contact", "editor") else 1
            for _ in range(repeat):
                builder.boilerplate(kind, "footer")
    if rng.random() < 0.06:
        builder.spam("spam", "footer")

    lines = builder.lines
    separator = rng.choice(["\n", "\n\n", "\n\n"])
    text = separator.join(line.text for line in lines)
    script = "Traditional" if traditional or family == "twhk" else "Simplified"
    return Document(family, context["site"], script, lines, text)


def make_documents(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    articles = load_articles()
    return [make_document(rng, articles) for _ in range(count)]


# --- scoring ------------------------------------------------------------------------------


def metrics(results: Tallies[Tally], group: str = "all", value: str = "all") -> dict[str, Any]:
    """The scores of one group; the spam-header recall only over all lines."""
    headers = results["kind"][SPAM_HEADER][SPAM] if group == "all" else Tally()
    return results.metrics(group, value, spam_header=headers)


def score(documents: Sequence[Document]) -> Tallies[Tally]:
    """Tallies by script, site family, zone, kind and (for hard negatives) position."""
    results = Tallies(Tally)
    for number, doc in enumerate(documents):
        outcomes = checked(textclean_outcomes(doc.text), doc.lines, f"document {number}")
        for index, (line, outcome) in enumerate(zip(doc.lines, outcomes, strict=True)):
            keys = {
                "all": "all",
                "script": doc.script,
                "family": doc.family,
                "zone": line.zone,
                "kind": line.category,
            }
            if line.position:
                keys["position"] = line.position
            results.add(line, outcome, keys)
            what = what_happened(line, outcome, "textclean")
            if what is None:
                continue
            what += body_zone_note(what, doc.lines, index)[0]
            source = f"document {number} ({doc.family}, {doc.script}, {line.zone})"
            results.misses.append(Miss(source, line.label, line.category, what, line.text))
    return results


KIND_ORDER = [*SPAM_KINDS, *KINDS, *ARTICLE_KINDS]
"""The order of the kinds in the report."""


# --- report -------------------------------------------------------------------------------


def summary_row(name: str, results: Tallies[Tally], group: str, value: str) -> list[str]:
    cells = summary_cells(results.labels(group, value))
    return [name, *(cells[column] for column in ["lines", *SUMMARY_COLUMNS])]


SUMMARY_HEADER = ["set", "lines (article/boilerplate/spam)", *SUMMARY_COLUMNS]


def kind_row(kind: str, label: str, results: Tallies[Tally]) -> list[str]:
    tally = results["kind"][kind][label]
    cells = kind_cells(tally, label)
    return [
        kind,
        label,
        str(tally.lines),
        cells["removed"],
        cells["spam flagged"],
        cells["article chars kept"],
    ]


def main() -> None:
    args = arguments(__doc__, documents=1000, misses=40).parse_args()

    began = time.perf_counter()
    documents = make_documents(args.documents, args.seed)
    results = score(documents)
    seconds = time.perf_counter() - began

    scripts = script_counts(documents)
    families = list(dict.fromkeys(f for f, _ in [*MAINLAND, ("twhk", 0)]))
    overall = metrics(results)
    shown = spread(results.misses, args.misses, KIND_ORDER.index)
    kind_labels = (
        [(k, SPAM) for k in SPAM_KINDS]
        + [(k, BOILERPLATE) for k in KINDS]
        + [(k, ARTICLE) for k in ARTICLE_KINDS]
    )

    if args.json:
        result = {
            "documents": args.documents,
            "seed": args.seed,
            "templates": template_count(),
            "spam_lines": len(SPAM_HEADERS) + len(SPAM_LINES),
            "hard_negatives": len(HARD_NEGATIVES),
            "scripts": scripts,
            "seconds": round(seconds, 2),
            "overall": overall,
            "by_script": {s: metrics(results, "script", s) for s in scripts},
            "by_family": {f: metrics(results, "family", f) for f in families},
            "by_zone": {z: metrics(results, "zone", z) for z in ZONES},
            "by_kind": {
                k: asdict(results["kind"][k][label]) | {"label": label} for k, label in kind_labels
            },
            "hard_negatives_by_position": {
                p: asdict(results["position"][p][ARTICLE]) for p in POSITIONS
            },
            **misses_json(results.misses, shown, cause_counts(results.misses)),
        }
        print_json(result)
        return

    print(
        f"boilerplate held-out set 2: {len(documents)} documents (seed {args.seed};"
        f" {scripts_text(scripts)}), {line_counts(results.labels())};"
        f" {template_count()} boilerplate templates, {len(SPAM_HEADERS) + len(SPAM_LINES)}"
        f" spam lines, {len(HARD_NEGATIVES)} hard negatives; {seconds:.1f} s"
    )
    print()
    rows = [summary_row("all", results, "all", "all")]
    rows += [summary_row(s, results, "script", s) for s in scripts]
    rows += [summary_row(f"family: {f}", results, "family", f) for f in families]
    print(markdown(SUMMARY_HEADER, rows))
    header_tally = results["kind"][SPAM_HEADER][SPAM]
    print(
        "\nspam-header recall (removed and flagged): "
        + share(header_tally.flagged, header_tally.lines)
    )

    print("\nby zone:\n")
    rows = [summary_row(z, results, "zone", z) for z in ZONES]
    print(markdown(["zone", *SUMMARY_HEADER[1:]], rows))

    print("\nby kind:\n")
    print(
        markdown(
            ["kind", "label", "lines", "removed", "spam flagged", "article chars kept"],
            [kind_row(k, label, results) for k, label in kind_labels],
        )
    )

    print("\nhard negatives by position in the body:\n")
    rows = []
    for position in POSITIONS:
        tally = results["position"][position][ARTICLE]
        rows.append(
            [
                position,
                str(tally.lines),
                f"{tally.removed}",
                f"{tally.flagged}",
                percent(ratio(tally.article_kept, tally.article_chars)),
            ]
        )
    print(markdown(["position", "lines", "removed", "flagged spam", "article chars kept"], rows))

    show_miss_counts(
        "misses",
        len(results.misses),
        Counter(miss.category for miss in results.misses).most_common(),
        cause_counts(results.misses).items(),
    )
    show_misses(shown)


if __name__ == "__main__":
    main()

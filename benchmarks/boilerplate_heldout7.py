"""Boilerplate held-out set 7: generated Chinese news pages from government portals,
hospitals and universities, county media centres, wire and financial pages, sports and
real-estate portals, Greater-China and overseas Chinese papers, WeChat and self-media
mirrors, forum reposts, Q&A aggregators, e-paper, print-friendly and mobile pages.

What it is: a generator of 1,000 labelled pages (by default) around the seed articles of
``tests/boilerplate/labels/``: every non-blank line of a page's text is one labelled line
(article, boilerplate or spam, with its kind, its zone and the page's site family), and,
through :func:`generated_pages.main`, the scorer and report that every generated set shares.
A page is stored the way a crawler keeps it (extractor text, the "text" field of a JSON
record, a copy-paste of the page, a print or mobile view): the site furniture sits above
the headline (masthead as the first line, date and weather bars, login and search bars,
navigation, breadcrumbs, meta rows), between paragraphs (advertising labels, "continue
reading", picture credits, player controls, inline related links, paywalls, page turners)
and after the body (credits, source lines, share and like bars, related and ranking lists,
comments, reprint notices, copyright, ICP licences, contact blocks); some pages carry SEO
spam (gambling, loans, certificates, escorts, invoices, keyword stuffing) in their header,
footer or body. About 30% of pages are in Traditional script: Hong Kong, Macau and Taiwan
pages written natively (and converted with OpenCC s2hk or s2tw), the others converted with
s2t. About 5% of pages are one long line, furniture glued to both ends of the article
(labelled article, its article span excluding the glued furniture). Hard negatives are
labelled article: decorated headlines, numbered and boxed subheads, one-sentence
paragraphs, datelines opening a paragraph, short quoted speech, sentences that mention
WeChat, apps, copyright, downloads or QR codes.

How it was written: by a helper session (Claude) asked for a seventh set, from general
knowledge of Chinese-language web pages, without reading the boilerplate step's code, data,
documentation or training script, and without reading the templates of the earlier sets;
it read only ``generated_pages.py`` (whose pieces it uses), what of ``boilerplate_scoring``
that needs, the seed labels, and the outline of ``boilerplate_heldout6.py`` (how a set plugs
in). It was checked only by generating pages, never by running textclean on them.

Run it: ``python benchmarks/boilerplate_heldout7.py [--documents 1000] [--seed 0]
[--misses 30] [--json]``. Generation is deterministic (``random.Random(seed)``).

The templates were not changed after the first run's scores were seen.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))

from boilerplate_corpus import ARTICLE, BOILERPLATE, SPAM
from boilerplate_scoring import SCRIPTS
from generated_pages import (
    BYLINE,
    SIGNED,
    Document,
    Draft,
    HeldOutSet,
    SeedArticle,
    finished,
    generated,
    joined,
    main,
)

CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2hk", "s2tw")}
SIMPLIFIED, TRADITIONAL = SCRIPTS
HEADER, BODY, FOOTER = "header", "body", "footer"
WEEKDAYS = "一二三四五六日"

Part = tuple[str, float, int, int]  # a kind (or block), its probability, fewest, most


@dataclass(frozen=True)
class Family:
    """A kind of site: its names (templates), its layout (the parts above the headline,
    right under it, between paragraphs, after the body and at the very foot), how often its
    pages carry spam, how often they are converted to Traditional (``native``: always, with
    its own OpenCC converter), and how often it is stored as one long line."""

    name: str
    weight: float
    sites: tuple[str, ...]
    top: tuple[Part, ...]
    under: tuple[Part, ...]
    inner: tuple[Part, ...]
    tail: tuple[Part, ...]
    bottom: tuple[Part, ...]
    spam: float = 0.15
    traditional: float = 0.2
    converter: str = "s2t"
    native: bool = False


# --- slot pools -------------------------------------------------------------------------------

PROVINCES = (
    "河南",
    "江西",
    "湖南",
    "四川",
    "浙江",
    "山东",
    "广西",
    "贵州",
    "甘肃",
    "吉林",
    "福建",
    "安徽",
    "云南",
    "山西",
    "河北",
    "湖北",
    "陕西",
    "辽宁",
    "江苏",
    "广东",
)
CITIES = (
    "洛阳",
    "赣州",
    "岳阳",
    "绵阳",
    "台州",
    "潍坊",
    "柳州",
    "遵义",
    "天水",
    "四平",
    "泉州",
    "芜湖",
    "曲靖",
    "长治",
    "保定",
    "南阳",
    "宜宾",
    "常德",
    "九江",
    "临沂",
    "襄阳",
    "宝鸡",
    "锦州",
    "盐城",
    "湛江",
    "周口",
    "驻马店",
    "衡阳",
    "德阳",
    "嘉兴",
)
COUNTIES = (
    "商水",
    "正阳",
    "临泉",
    "桐柏",
    "宁都",
    "平江",
    "安岳",
    "仙居",
    "寿光",
    "融水",
    "湄潭",
    "秦安",
    "梨树",
    "安溪",
    "南陵",
    "陆良",
    "沁县",
    "涞源",
    "郸城",
    "西平",
    "息县",
    "固始",
    "沭阳",
    "丰县",
    "灵璧",
    "岚县",
    "彭泽",
    "石门",
    "会理",
    "通渭",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "晓东",
    "志强",
    "海燕",
    "春梅",
    "文博",
    "雨欣",
    "子萱",
    "浩然",
    "思远",
    "俊杰",
    "嘉怡",
    "国庆",
    "红梅",
)
PROVINCE_SHORT = dict(
    zip(
        ("河南", "江西", "湖南", "四川", "浙江", "山东", "广西", "贵州", "甘肃", "吉林"),
        "豫赣湘川浙鲁桂黔甘吉",
        strict=True,
    ),
    **dict(
        zip(
            ("福建", "安徽", "云南", "山西", "河北", "湖北", "陕西", "辽宁", "江苏", "广东"),
            "闽皖滇晋冀鄂陕辽苏粤",
            strict=True,
        )
    ),
)
HK_SURNAMES = "陳黃李張梁何林吳鄭劉謝蔡關麥鄧曾馮葉"
HK_GIVEN = ("家明", "嘉欣", "志偉", "詠詩", "俊傑", "美玲", "子軒", "凱琳", "國豪", "婉婷")
USER_STEMS = (
    "清风徐来",
    "老街坊",
    "追光的人",
    "小城故事",
    "路人甲",
    "向日葵",
    "山里人家",
    "一只猫",
    "不吃香菜",
    "夜航船",
    "晴天娃娃",
    "打工人",
    "老王头",
    "海边的风",
    "橘子汽水",
    "大漠孤烟",
    "静待花开",
    "学渣本渣",
    "稻香",
    "半夏",
)
WEATHERS = (
    "晴",
    "多云",
    "阴",
    "小雨",
    "中雨",
    "阵雨",
    "雷阵雨",
    "小雪",
    "雨夹雪",
    "雾",
    "晴转多云",
    "多云转阴",
    "阴转小雨",
    "霾",
    "大风",
)
WINDS = ("北风3级", "东南风2级", "西北风4-5级", "微风", "南风1-2级", "东北风3-4级")
CHANNELS = (
    "要闻",
    "本地",
    "民生",
    "社会",
    "财经",
    "体育",
    "文旅",
    "教育",
    "健康",
    "科技",
    "视频",
    "图片",
    "评论",
    "专题",
    "乡村振兴",
    "政务",
    "法治",
    "房产",
    "汽车",
    "文化",
)
DEPARTMENTS = (
    "办公室",
    "宣传部",
    "发展改革委",
    "教育局",
    "卫生健康委",
    "农业农村局",
    "住房城乡建设局",
    "交通运输局",
    "应急管理局",
    "市场监管局",
    "人社局",
    "民政局",
)
HOSPITAL_UNITS = (
    "心血管内科",
    "神经外科",
    "儿科",
    "护理部",
    "急诊科",
    "党委宣传部",
    "医务部",
    "肿瘤科",
    "骨科",
    "呼吸与危重症医学科",
    "健康管理中心",
    "院办",
)
SCHOOL_UNITS = (
    "党委宣传部",
    "学生工作处",
    "教务处",
    "团委",
    "机械工程学院",
    "文学院",
    "化学与材料学院",
    "国际交流处",
    "研究生院",
    "科研处",
    "马克思主义学院",
)
ROADS = ("人民路", "建设大道", "解放路", "中山路", "滨江路", "文化路", "长江路", "新华街")
TEAMS = (
    "山东泰山",
    "上海海港",
    "成都蓉城",
    "北京国安",
    "浙江队",
    "天津津门虎",
    "武汉三镇",
    "河南队",
    "长春亚泰",
    "广州队",
    "辽宁本钢",
    "广东宏远",
    "新疆广汇",
    "浙江稠州",
)
STOCKS = (
    ("600519", "贵州茅台"),
    ("000858", "五粮液"),
    ("601318", "中国平安"),
    ("300750", "宁德时代"),
    ("600036", "招商银行"),
    ("002594", "比亚迪"),
    ("601012", "隆基绿能"),
    ("000333", "美的集团"),
    ("600900", "长江电力"),
)
ESTATES = (
    "滨江壹号",
    "翡翠华庭",
    "云璟府",
    "书香名邸",
    "铂悦湾",
    "湖畔雅苑",
    "金域华府",
    "锦绣江南",
    "天悦城",
    "学府里",
    "春风十里",
    "中央公园",
)
ACCOUNTS = (
    "{city}身边事",
    "{county}微政务",
    "{city}发布",
    "老周说民生",
    "{prov}乡村观察",
    "{city}头条",
    "早读参考",
    "{county}生活圈",
    "三农那些事",
    "{city}晚报微刊",
    "基层治理研究",
    "健康{city}",
    "{city}教育在线",
)
PLATFORMS = ("头条号", "百家号", "搜狐号", "网易号", "企鹅号", "大鱼号", "一点号")
HK_DISTRICTS = ("觀塘", "沙田", "荃灣", "元朗", "灣仔", "油尖旺", "屯門", "將軍澳")
TW_CITIES = ("台北", "新北", "台中", "台南", "高雄", "桃園", "新竹", "嘉義", "花蓮", "宜蘭")
SEA_CITIES = ("吉隆坡", "槟城", "新山", "怡保", "古晋", "亚庇", "马六甲", "新加坡")
TAGS = (
    "民生",
    "乡村振兴",
    "疫情防控",
    "为民办实事",
    "基层党建",
    "志愿服务",
    "营商环境",
    "文明创建",
    "安全生产",
    "教育",
    "医疗",
    "就业",
)


# --- furniture every family can have ------------------------------------------------------------

GENERIC: dict[str, tuple[str, ...]] = {
    # above the headline
    "masthead": (
        "{site}",
        "{site} | {channel}频道",
        "{site}——{channel}",
        "{channel}_{site}",
        "{site} · 正文",
        "欢迎访问{site}",
    ),
    "date_bar": (
        "{y}年{m}月{d}日 星期{weekday}",
        "今天是{y}年{m}月{d}日 星期{weekday} 农历{lunar}",
        "{y}-{m2}-{d2} 星期{weekday}",
        "{m}月{d}日 周{weekday}",
    ),
    "weather_bar": (
        "{city} {weather} {temp}℃~{temp2}℃ {wind}",
        "{city}天气：{weather} {temp}/{temp2}℃ 空气质量：良",
        "{weather} {temp2}℃ {city} AQI {n2}",
        "今日{city}：{weather}，{wind}，{temp}到{temp2}摄氏度",
    ),
    "login_bar": (
        "登录 | 注册",
        "您好，请 登录 或 免费注册",
        "登录 注册 手机版 English",
        "个人中心 | 我的收藏 | 退出",
        "用户名 密码 登录 忘记密码？",
        "[登录] [注册] [设为首页] [加入收藏]",
    ),
    "search_bar": (
        "搜索",
        "请输入关键词 搜索",
        "站内搜索 全文检索 高级搜索",
        "热搜：{tag} {tag2} {city}天气",
        "请输入搜索内容 🔍",
    ),
    "nav_row": (
        "首页 | {channel} | {channel2} | 视频 | 图片 | 评论 | 专题",
        "首页 新闻 政务 民生 文旅 教育 健康 视频",
        "网站首页 · 新闻中心 · {channel} · {channel2} · 互动",
        "首页>{channel}>{channel2}",
        "推荐 热点 本地 {channel} 视频 直播 更多",
        "返回首页 | {channel} | {channel2} | 网站地图",
    ),
    "nav_item": (
        "首页",
        "新闻",
        "{channel}",
        "{channel2}",
        "视频",
        "更多",
        "直播",
        "专题",
        "图片",
    ),
    "breadcrumb": (
        "当前位置：首页 > {channel} > 正文",
        "您的位置：{site} > 新闻中心 > {channel}",
        "首页 > {channel} > {channel2}",
        "当前位置：首页 >> 新闻动态 >> 详细内容",
        "位置：首页 / {channel} / 正文",
        "所在位置：{site} » {channel}",
    ),
    "channel_label": (
        "{channel}",
        "{channel}频道",
        "{channel}·正文",
        "本地新闻",
        "热点聚焦",
        "原创",
    ),
    "lang_switch": (
        "简体 | 繁體 | English",
        "简 | 繁",
        "中文版 English Version",
        "切换繁体",
    ),
    "access_bar": (
        "无障碍浏览 | 长者模式",
        "适老化服务 无障碍 关怀版",
        "读屏专用 | 大字版 | 语音朗读",
        "进入无障碍模式",
    ),
    "meta_row": (
        "发布时间：{date} {time} 来源：{site}",
        "{date} {time} 来源：{paper} 作者：{name}",
        "来源：{site} | 发布时间：{date} | 浏览量：{views}",
        "时间：{date} 来源：{dept} 点击数：{views}",
        "{date} {time} · {site}",
        "信息来源：{paper}    发布日期：{date}    阅读次数：{views}",
        "{date} {time} 字数：{n3} 阅读：{views}",
    ),
    "byline_box": (
        "作者：{name}",
        "记者 {name} 通讯员 {name2}",
        "文/{name} 图/{name2}",
        "本报记者 {name} {name2}",
        "□ 记者 {name}",
        "撰稿：{name} 摄影：{name2}",
        "作者：{name} 责任编辑：{name2}",
    ),
    "font_size": (
        "字号：大 中 小",
        "【字体：大 中 小】",
        "字体：A+ A A-",
        "【打印】【关闭】【字号 大 中 小】",
        "文字大小：默认 较大 特大",
    ),
    "reading_time": (
        "阅读时长约{n}分钟",
        "全文共{n3}字，预计阅读{n}分钟",
        "约{n3}字 | {n}分钟读完",
    ),
    "listen_bar": (
        "听新闻",
        "▶ 语音播报 {dur}",
        "点击收听本文 00:00/{dur}",
        "AI朗读 | 倍速 1.0x",
        "开启朗读",
    ),
    "app_banner": (
        "打开APP 阅读体验更佳",
        "APP内打开",
        "下载{site}客户端 看更多本地新闻",
        "打开{site}APP，查看更多精彩内容",
        "在APP中查看 >",
    ),
    "cookie_notice": (
        "本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
        "我们使用Cookies改善服务 接受 拒绝 了解更多",
        "为向您提供更好的服务，本站会使用Cookie。 同意并继续",
    ),
    "top_notice": (
        "本网站已支持IPv6",
        "网站支持IPv6访问",
        "本站已通过网络安全等级保护测评",
        "欢迎您访问本站！今天是{y}年{m}月{d}日",
        "【公告】系统维护期间部分栏目暂停更新",
    ),
    # between paragraphs
    "ad_label": (
        "广告",
        "推广",
        "赞助内容",
        "—— 广告 ——",
        "AD",
        "广告 ×",
        "[广告]",
        "▼ 广告 ▼",
        "推广 · 关闭",
    ),
    "continue_reading": (
        "展开全文",
        "点击展开全文 ▼",
        "继续阅读",
        "余下全文（{n}/{n4}）",
        "查看全文",
        "剩余{n}%未读，点击继续阅读",
        "阅读全文 >>",
    ),
    "image_credit": (
        "（图片来源：网络）",
        "图片来源：视觉中国",
        "资料图",
        "（{site}记者 {name} 摄）",
        "图/{name}",
        "图片由受访者提供",
        "（网络配图）",
        "▲ 图源：{paper}",
        "点击查看大图",
        "{n}/{n4} 查看原图",
    ),
    "player_controls": (
        "00:00 / {dur}",
        "播放 暂停 全屏 倍速",
        "视频加载中...",
        "▶ 点击播放视频",
        "您的浏览器不支持video标签。",
        "高清 | 标清 | 流畅",
        "视频时长 {dur}",
        "正在播放 {dur} 下一条",
    ),
    "inline_related": (
        "相关阅读：{title}",
        "延伸阅读 >> {title}",
        "▶ 相关新闻：{title}",
        "【相关】{title}",
        "推荐阅读：{title}",
        "点击查看→{title}",
    ),
    "paywall": (
        "订阅后阅读全文",
        "本文为付费内容，开通会员后可继续阅读",
        "剩余内容需登录后查看 立即登录",
        "以上为试读部分，全文共{n3}字",
        "开通VIP 畅读全文",
    ),
    "page_turner": (
        "上一页 1 2 3 下一页",
        "第{n}页 共{n4}页",
        "< 上一页 | 下一页 >",
        "首页 上一页 1 2 下一页 尾页",
        "下一页",
    ),
    "gallery_counter": (
        "1/{n4}",
        "图集 {n4}张",
        "← 上一张 下一张 →",
        "查看高清组图",
    ),
    "vote_box": (
        "你怎么看？ 支持 反对",
        "投票：您对此有何看法？",
        "参与调查 已有{views}人参与",
        "心情：开心 感动 愤怒 难过",
    ),
    # after the body
    "editor_credit": (
        "责任编辑：{name}",
        "编辑：{name} 校对：{name2} 审核：{name3}",
        "【责任编辑：{name}】",
        "（编辑 {name}）",
        "责编：{name} 值班主任：{name2}",
        "编辑 | {name}  审核 | {name2}",
        "[责编：{name}]",
        "初审：{name} 复审：{name2} 终审：{name3}",
    ),
    "source_line": (
        "来源：{paper}",
        "本文来源：{site}",
        "来源：{paper}（{date}第{page_no}版）",
        "稿件来源：{dept}",
        "信息来源：{site}客户端",
        "文章来源：{paper}",
        "转自：{site}",
    ),
    "share_bar": (
        "分享到：微信 微博 QQ空间",
        "分享：",
        "分享至 微信好友 朋友圈 新浪微博",
        "【分享到】 微信 | 微博 | 复制链接",
        "转发 分享 收藏",
        "一键分享 ✉ 🔗",
    ),
    "like_bar": (
        "点赞 {n}",
        "赞({n}) 收藏({n}) 分享",
        "👍 {n} 💬 {n} ⭐ 收藏",
        "喜欢 {n}  |  不喜欢 {n}",
        "有用 {n} 无用",
        "阅读 {views} 点赞 {n}",
    ),
    "related_head": (
        "相关新闻",
        "相关阅读",
        "猜你喜欢",
        "热门推荐",
        "延伸阅读",
        "相关文章",
        "为您推荐",
        "更多{channel}新闻",
    ),
    "related_item": (
        "{title}",
        "· {title}",
        "{title} {date2}",
        "{title}  {m2}-{d2}",
        "▪ {title}",
        "[{channel}] {title}",
    ),
    "ranking_head": (
        "热点排行",
        "24小时热榜",
        "本周热门",
        "点击排行",
        "阅读排行榜",
        "今日热搜",
    ),
    "ranking_item": (
        "{rank} {title}",
        "{rank}. {title}",
        "{title}  {views}",
        "TOP{rank} {title}",
    ),
    "comment_head": (
        "网友评论",
        "评论（{n}）",
        "全部评论 {n}条",
        "热门评论",
        "最新评论",
        "已有{n}人参与评论",
    ),
    "comment_item": (
        "{user}：说得好，点赞！",
        "{user} {date2} 支持家乡发展！",
        "{user}：{prov}网友 {n}小时前 希望多报道这样的好事",
        "{user} 回复 {user2}：同意楼上",
        "{prov}{city}网友：为基层干部点赞",
        "{user}  👍{n}  我们这里也是这样",
        "{user}：什么时候能推广到我们县？",
    ),
    "comment_box": (
        "发表评论",
        "我要评论",
        "请登录后发表评论 0/500",
        "写下你的评论...",
        "评论 发布",
        "网友评论仅供其表达个人看法，并不表明本站同意其观点",
        "暂无评论，快来抢沙发吧",
    ),
    "copyright": (
        "Copyright © {y} {site} All Rights Reserved.",
        "版权所有：{site}",
        "© {y0}-{y} {site} 版权所有",
        "{site} 版权所有 未经授权禁止复制或建立镜像",
        "Copyright ©{y} {domain} 版权所有",
        "本网站所有内容版权归{site}所有",
    ),
    "icp_licence": (
        "{icp}",
        "{icp} {gongan}",
        "ICP备案号：{icp}",
        "{gongan}",
        "增值电信业务经营许可证：{prov_short}B2-{y0}{n3}",
        "互联网新闻信息服务许可证：{n5}",
    ),
    "contact_block": (
        "联系电话：{phone}",
        "地址：{city}市{road}{n}号 邮编：{zip}",
        "电子邮箱：{email}",
        "联系我们：{phone} 传真：{phone}",
        "新闻热线：{phone}（24小时）",
        "主办：{site} 电话：{phone}",
    ),
    "disclaimer": (
        "免责声明：本文仅代表作者个人观点，与本站无关。",
        "声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点。",
        "如涉及作品内容、版权等问题，请在30日内与本网联系。",
        "本文内容由网友自发贡献，本站不拥有所有权。",
    ),
    "reprint_notice": (
        "转载请注明出处",
        "未经授权，禁止转载。",
        "（转载请注明来源：{site}）",
        "本文系{site}原创，转载请联系授权。",
        "如需转载请与本网联系",
        "【版权声明】凡注明“来源：{site}”的稿件，转载须注明出处。",
    ),
    "qr_prompt": (
        "扫一扫 关注我们",
        "扫码下载{site}APP",
        "长按识别二维码，关注更多资讯",
        "微信扫一扫 分享到朋友圈",
        "手机扫码阅读",
        "扫描二维码在手机上查看本页",
    ),
    "prev_next": (
        "上一篇：{title}",
        "下一篇：{title}",
        "上一条：{title}",
        "下一条：{title}",
        "← 上一篇  下一篇 →",
        "没有了",
    ),
    "tag_row": (
        "标签：{tag} {tag2}",
        "关键词：{tag}；{tag2}；{city}",
        "#{tag}# #{tag2}#",
        "Tags：{tag} {city}",
    ),
    "report_line": (
        "举报",
        "违法和不良信息举报电话：{phone}",
        "举报邮箱：{email}",
        "网上有害信息举报专区",
        "投诉/举报",
    ),
    "site_links": (
        "关于我们 | 联系我们 | 网站地图 | 法律声明",
        "关于本站 · 广告服务 · 招聘信息 · 友情链接",
        "网站声明 | 隐私政策 | 意见反馈",
        "友情链接：{site2} {site3}",
        "合作伙伴 | 投稿须知 | 帮助中心",
    ),
    "back_to_top": (
        "返回顶部",
        "【打印本页】【关闭窗口】",
        "↑ 回到顶部",
        "TOP",
        "打印 关闭",
        "【返回列表】",
    ),
    "hotline": (
        "新闻线索请拨打：{phone}",
        "爆料热线：{phone} 微信：{wx}",
        "欢迎提供新闻线索 {email}",
        "有新闻线索？点此爆料",
    ),
    "download_app": (
        "下载客户端",
        "下载APP 领取福利",
        "iPhone版 | Android版",
        "客户端下载 · 手机版 · 电子报",
    ),
    "author_card": (
        "{name}  {site}记者",
        "作者简介：{name}，{site}编辑",
        "{name} 的更多文章",
        "关注作者 {name}",
    ),
    "feedback": (
        "纠错",
        "我要纠错",
        "意见反馈",
        "内容有误？点此反馈",
    ),
}


# --- furniture of one family (its own kinds, and its own wording of common kinds) -------------

FAMILY_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "gov_portal": {
        "masthead": (
            "{site}",
            "{site} 门户网站",
            "{site} www.{domain}",
            "{site}——政务公开 服务群众",
        ),
        "nav_row": (
            "首页 | 政务公开 | 政务服务 | 互动交流 | 走进{city}",
            "政府信息公开 政务服务 政民互动 数据开放 专题专栏",
            "首页 > 政务公开 > 政务动态 > 部门动态",
            "市政府 | 市政府办 | 部门网站 | 县区网站",
        ),
        "meta_row": (
            "发布时间：{date} {time} 信息来源：{city}市{dept} 浏览次数：{views}",
            "索引号：{code}/{y}-{n3} 发布机构：{city}市{dept}",
            "文号：{city}政办〔{y}〕{n}号 主题分类：综合政务",
            "发布日期：{date} 【字体：大 中 小】 【打印】",
        ),
        "gov_identifier": (
            "政府网站标识码：{n5}",
            "网站标识码{n5} {icp} {gongan}",
            "主办单位：{city}市人民政府办公室 承办单位：{city}市大数据中心",
            "党政机关",
            "技术支持：{prov}数字政府运营中心",
        ),
        "gov_service": (
            "我要写信 | 我要查询 | 网站纠错",
            "12345政务服务便民热线",
            "{prov}政务服务网 一网通办",
            "扫一扫在手机打开当前页",
            "领导信箱 在线访谈 征集调查",
            "政策解读 | 图解政策 | 新闻发布会",
        ),
        "back_to_top": ("【打印本页】 【关闭窗口】", "[打印] [关闭] [收藏]"),
    },
    "hospital": {
        "masthead": (
            "{site}",
            "{site}——仁心仁术 守护健康",
            "{site} 三级甲等综合医院",
            "{site} 院务公开",
        ),
        "nav_row": (
            "首页 医院概况 新闻中心 科室导航 专家介绍 就医指南 护理园地",
            "预约挂号 | 门诊时间 | 住院须知 | 检验报告查询",
            "党建工作 | 医院文化 | 科研教学 | 招聘信息",
        ),
        "byline_box": (
            "文/{name} 图/{name2} 审核/{name3}",
            "供稿：{unit} {name}",
            "通讯员：{name}（{unit}）",
            "撰稿：{unit} 编辑：{name}",
        ),
        "hospital_info": (
            "预约挂号电话：{phone}",
            "急诊24小时开放 急救电话：{phone}",
            "门诊时间：周一至周日 8:00-12:00 14:30-17:30",
            "医院地址：{city}市{road}{n}号",
            "关注医院微信公众号，可在线预约挂号、查询报告",
            "健康科普内容仅供参考，如有不适请及时就医",
        ),
    },
    "university": {
        "masthead": (
            "{site}",
            "{site} 首页",
            "{site}——{school}官方新闻平台",
            "{school} 新闻网",
        ),
        "nav_row": (
            "首页 学校要闻 综合新闻 院部动态 媒体关注 校园人物 图片新闻",
            "学校首页 | 新闻网首页 | 校报 | 视频 | 投稿系统",
            "学术动态 · 通知公告 · 专题报道",
        ),
        "byline_box": (
            "供稿单位：{unit} 撰稿：{name} 摄影：{name2} 审核：{name3}",
            "作者：{name} 来源：{unit} 点击数：{views}",
            "文字：{name} 图片：{name2} 编辑：{name3}",
            "（通讯员 {name} {name2}）",
        ),
        "school_address": (
            "地址：{prov}省{city}市{road}{n}号 邮编：{zip}",
            "{school}党委宣传部 版权所有",
            "新闻投稿邮箱：{email}",
            "校园服务 | 图书馆 | 信息门户 | 校历",
        ),
    },
    "county_media": {
        "masthead": (
            "{site}",
            "{county}县融媒体中心",
            "爱{county} {county}县融媒体中心主办",
            "{site}——讲好{county}故事",
        ),
        "media_credit_chain": (
            "记者：{name} 编辑：{name2} 审核：{name3} 终审：{name4}",
            "监制：{name} 统筹：{name2} 编审：{name3}",
            "出品：{county}县融媒体中心",
            "来源：{county}县融媒体中心 一审：{name} 二审：{name2} 三审：{name3}",
            "摄像：{name} 剪辑：{name2}",
            "{county}融媒出品 必属精品",
        ),
        "app_banner": (
            "下载“爱{county}”客户端 看更多本地新闻",
            "打开“{county}发布”APP 参与互动",
            "更多精彩请关注{county}县融媒体中心",
        ),
    },
    "finance_wire": {
        "masthead": (
            "{site}",
            "{site}——专业财经资讯平台",
            "{site} 7×24小时快讯",
            "{site} | 公司 | 市场 | 宏观",
        ),
        "stock_quote": (
            "上证指数 {index} {pct}%  深证成指 {index2} {pct2}%",
            "{code} {stock} {price} {pct}%",
            "创业板指 {index2} {pct}% 成交额{n}亿",
            "行情数据来源：交易所 延迟15分钟",
            "恒生指数 {index2} {pct2}%",
            "相关股票：{stock}（{code}）",
        ),
        "risk_notice": (
            "风险提示：市场有风险，投资需谨慎。",
            "免责声明：本文内容与数据仅供参考，不构成投资建议，据此操作风险自担。",
            "以上内容仅代表作者观点，不构成买卖依据。",
            "数据来源：Wind、公司公告",
            "特别声明：文章内容仅供参考，不构成投资建议。",
        ),
        "app_banner": (
            "打开{site}APP 查看实时行情",
            "下载{site}APP，7×24小时盯盘",
            "自选股 行情 资金流向 APP内查看",
        ),
    },
    "sports": {
        "masthead": (
            "{site}",
            "{site}——体育迷的家",
            "{site} 足球 | 篮球 | 综合",
            "{site}体育频道",
        ),
        "score_line": (
            "{team} {s1}:{s2} {team2}",
            "全场比分：{team} {s1}-{s2} {team2}",
            "第{n}轮 {team} vs {team2} 已结束",
            "半场 {s2}:{s1}",
            "本场数据 | 技术统计 | 文字直播",
        ),
        "match_nav": (
            "赛程 积分榜 射手榜 助攻榜",
            "中超 中甲 CBA 英超 西甲 NBA",
            "直播 | 集锦 | 录像 | 数据",
            "比赛提醒 预约直播",
        ),
        "player_controls": ("全场集锦 {dur}", "进球视频 {dur}", "赛后发布会 {dur}"),
    },
    "real_estate": {
        "masthead": (
            "{site}",
            "{site}——{city}买房看房第一站",
            "{site} 新房 | 二手房 | 租房",
            "{city}房产网",
        ),
        "price_box": (
            "{estate} 均价{price2}元/㎡ 【查看详情】",
            "楼盘：{estate} 在售户型：89-{n3}㎡ 咨询电话：{phone}",
            "免费咨询热线：400-{n5}",
            "看房团报名 专车接送 免费",
            "{estate} 在售 {city}{road}",
        ),
        "calc_tools": (
            "房贷计算器 | 税费计算 | 公积金贷款",
            "我要买房 我要卖房 我要租房",
            "新盘 二手房 租房 商铺 写字楼 家居",
        ),
        "disclaimer": (
            "免责声明：楼盘信息仅供参考，请以政府部门登记备案为准。",
            "本文价格信息来自网络，实际以售楼处公布为准。",
        ),
    },
    "hk_macau": {
        "masthead": (
            "{site}",
            "{site} 即時新聞",
            "{site}——立足香江 放眼世界",
            "{site}網 {channel}",
        ),
        "date_bar": (
            "{y}年{m}月{d}日 星期{weekday}",
            "{d2}/{m2}/{y} 香港時間 {time}",
        ),
        "nav_row": (
            "即時 | 港聞 | 澳聞 | 兩岸 | 國際 | 財經 | 體育 | 娛樂 | 副刊",
            "首頁 要聞 社會 經濟 評論 生活 電子報",
            "港澳 內地 台灣 國際 地產 馬經",
        ),
        "meta_row": (
            "{date} {time} 更新",
            "發佈時間：{date} {time} 最後更新：{time}",
            "撰文：{hkname} | {date}",
        ),
        "share_bar": (
            "分享：Facebook WhatsApp Telegram 複製連結",
            "分享到 Facebook | X | 微博",
        ),
        "hk_subscribe": (
            "訂閱電子報，每日掌握最新消息",
            "立即訂閱 {site}會員 閱讀全文",
            "登記成為會員 享受更多獨家內容",
            "關注我們的Instagram及YouTube頻道",
        ),
        "related_head": ("相關新聞", "熱門新聞", "更多港聞", "延伸閱讀", "編輯推介"),
        "copyright": (
            "© {y} {site} 版權所有 不得轉載",
            "Copyright © {y} {site}. All rights reserved.",
        ),
        "cookie_notice": (
            "本網站使用cookies以提升閱讀體驗，繼續瀏覽即表示你同意我們的私隱政策。",
            "我們使用 Cookies 我同意",
        ),
        "hotline": ("新聞熱線：{hkphone}", "報料WhatsApp：{hkphone}"),
        "ad_label": ("廣告", "— 廣告 —", "贊助內容"),
        "continue_reading": ("繼續閱讀", "按此閱讀全文", "下一頁"),
        "image_credit": ("（資料圖片）", "圖：{hkname}攝", "（網上圖片）", "相片來源：政府新聞處"),
        "editor_credit": ("責任編輯：{hkname}", "編輯：{hkname}"),
    },
    "taiwan": {
        "masthead": (
            "{site}",
            "{site} 即時新聞",
            "{site}｜{channel}",
            "{site}——台灣最即時的新聞網",
        ),
        "date_bar": ("{y}/{m2}/{d2} {time}", "更新時間：{y}/{m2}/{d2} {time}"),
        "nav_row": (
            "即時 政治 社會 生活 國際 兩岸 財經 地方 娛樂 體育",
            "首頁 | 焦點 | 政治 | 社會 | 地方 | 影音",
            "熱門 最新 專題 論壇 健康 3C",
        ),
        "share_bar": ("分享至 Facebook LINE 複製連結", "分享 LINE 推特"),
        "tw_line_promo": (
            "加入LINE好友，新聞不漏接",
            "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
            "點我下載APP 按我看活動辦法",
            "追蹤我們的Facebook粉絲專頁",
            "訂閱YouTube頻道 第一手影音新聞",
        ),
        "related_head": ("延伸閱讀", "相關新聞", "熱門新聞", "看更多"),
        "related_item": ("▸ {title}", "{title}", "● {title}"),
        "copyright": ("©{y} {site} 版權所有", "本網站內容未經授權不得轉載"),
        "editor_credit": ("責任編輯／{twname}", "編輯：{twname}"),
        "ad_label": ("廣告", "贊助廣告", "Advertisement"),
        "continue_reading": ("看更多", "繼續閱讀", "點擊看全文"),
        "image_credit": ("（圖／記者{twname}攝）", "圖／翻攝自臉書", "（示意圖／取自免費圖庫）"),
        "comment_head": ("留言", "網友留言", "看留言"),
    },
    "overseas": {
        "masthead": (
            "{site}",
            "{site} {region}版",
            "{site}——{region}华人的报纸",
            "{site} 电子版 订阅",
        ),
        "nav_row": (
            "国内 | 国际 | 财经 | 副刊 | 华社 | 体育 | 言论",
            "{region} > 华人社区 > 本地新闻",
            "首页 华社 地方 全国 国际 娱乐 生活",
        ),
        "classified_ad": (
            "分类广告：{sea}中餐馆诚聘厨师 包吃住 电话{phone}",
            "招租：市中心两房一厅 月租面议",
            "移民 留学 签证 专业代办 咨询{phone}",
            "中文学校春季班招生中",
            "刊登广告请洽：{email}",
        ),
        "date_bar": ("{date} 星期{weekday}", "当地时间 {date} {time}"),
        "copyright": ("© {y} {site}. 版权所有", "{site} Sdn Bhd 版权所有"),
    },
    "wechat_mirror": {
        "masthead": (
            "{account}",
            "{account} · 微信公众号",
            "公众号：{account}",
        ),
        "wechat_top": (
            "原创 {name} {account} {date} {time} 发表于{prov}",
            "{account} {y}-{m2}-{d2} {time}",
            "点击上方蓝字 关注我们",
            "👆点击蓝字 关注我们",
            "星标★{account}，第一时间获取推送",
            "以下文章来源于{account}，作者{name}",
        ),
        "wechat_collection": (
            "收录于合集 #{tag} {n}个",
            "#{tag} {n}个内容",
            "合集 · {tag}",
        ),
        "wechat_bottom": (
            "往期推荐",
            "阅读原文",
            "点个“在看”，你最好看",
            "分享 收藏 点赞 在看",
            "喜欢此内容的人还喜欢",
            "预览时标签不可点",
            "微信扫一扫 关注该公众号",
            "继续滑动看下一个",
            "轻触阅读原文",
            "素材来源：{paper} 编辑：{name}",
            "觉得不错，请点赞↓",
        ),
    },
    "selfmedia": {
        "masthead": (
            "{platform} · {account}",
            "{account}",
            "{platform}",
        ),
        "selfmedia_head": (
            "{account} {date} {time} · 来自{prov}",
            "{account} · 优质{channel}领域创作者",
            "+关注",
            "已关注",
            "{date} {time} 发布于{prov} {platform}",
            "粉丝{n}万 获赞{n}万",
        ),
        "platform_notice": (
            "声明：本文由入驻{platform}的作者撰写，观点仅代表作者本人。",
            "本文来自{platform}，不代表平台立场",
            "举报/反馈",
            "返回{platform}，查看更多",
            "内容由作者上传，如有侵权请联系删除",
            "阅读 {n}万",
        ),
    },
    "forum": {
        "masthead": (
            "{site}",
            "{site} - {channel}版块",
            "{site} › 论坛 › {channel}",
        ),
        "forum_meta": (
            "楼主：{user} 发表于 {date} {time}",
            "只看楼主 | 倒序浏览 | 阅读模式",
            "查看: {views} | 回复: {n}",
            "本帖最后由 {user} 于 {date} {time} 编辑",
            "[复制链接]",
            "电梯直达",
            "发表于 {date} {time} 来自手机",
        ),
        "forum_tools": (
            "收藏 分享 举报",
            "使用道具 举报",
            "回复 支持 反对",
            "快速回复 返回顶部 返回列表",
            "您需要登录后才可以回帖 登录 | 注册",
        ),
        "forum_reply": (
            "{floor}楼 {user} 发表于 {date2}",
            "沙发 {user}",
            "板凳 {user}",
            "{user}：顶一个",
            "{user}：转需，谢谢楼主分享",
            "{user}：早就该这么办了",
            "回复 {floor}# {user}",
        ),
        "source_line": ("转自：{site2}", "原帖地址：{url}", "来源于网络，侵删"),
    },
    "qa": {
        "masthead": (
            "{site}",
            "{site} - 有问题，就来{site}",
            "{site} > {channel}",
        ),
        "qa_meta": (
            "提问者：{user} | 浏览 {views} 次",
            "{n}个回答",
            "最佳答案",
            "提问者采纳",
            "推荐于{date2}",
            "回答者：{user} {date2} 采纳率{n}%",
            "{n}人觉得有用",
            "我来回答",
        ),
        "qa_other_head": ("其他回答", "相关问题", "大家还在搜", "更多回答（{n}）"),
        "qa_other_item": (
            "{title}？",
            "{user}：同问",
            "{city}哪里可以办理？",
            "{user}：楼上说得对",
            "{tag}相关政策在哪查？",
        ),
    },
    "epaper": {
        "masthead": (
            "{paper}",
            "{paper}数字报",
            "{paper} 电子版",
            "{paper}数字报刊平台",
        ),
        "epaper_nav": (
            "{date} 第{page_no}版：{page_name}",
            "第{page_no}版：{page_name} 上一版 下一版",
            "上一期 下一期 往期回顾",
            "PDF版 | 文字版 | 版面导航",
            "{paper} {y}年{m}月{d}日 星期{weekday}",
            "返回目录",
        ),
        "epaper_titles_head": ("本版标题", "标题导航", "版面导航"),
        "epaper_title_item": ("{title}", "· {title}", "◎ {title}"),
    },
    "wire": {
        "masthead": (
            "{wire}",
            "{wire}稿件库",
            "{wire}全媒体 图片 视频 文字",
        ),
        "wire_notice": (
            "本稿件版权归{wire}所有，未经书面授权不得转载使用。",
            "签约用户请登录下载",
            "稿件编号：{code}-{n5}",
            "{wire}供稿 采用请署名",
            "编辑：{name}【完】",
            "发稿时间：{date} {time}",
        ),
    },
    "print_page": {
        "masthead": ("{site}", "{site} 打印页面", "{site} - 打印版"),
        "print_controls": (
            "打印本页 | 关闭窗口",
            "【打印】 【关闭】",
            "本页网址：{url}",
            "打印时间：{date2} {time}",
            "打印 返回",
        ),
    },
    "mobile": {
        "masthead": ("{site}手机版", "{site}", "m.{domain}"),
        "mobile_nav": (
            "← 返回",
            "首页 > 正文",
            "≡ 菜单",
            "查看电脑版 | 意见反馈",
            "已显示全部",
            "点击加载更多",
            "更多精彩内容请下载客户端",
            "查看完整版",
        ),
    },
}


# --- spam -----------------------------------------------------------------------------------------

SPAM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "spam_gambling": (
        "{brand}娱乐城 注册即送{n}元 官网{url}",
        "真人视讯 电子游艺 体育投注 日返水{n}% 认准{brand}",
        "澳门{brand}彩票平台 稳赚计划 加微信{wx}",
        "{brand}棋牌 提现秒到账 下载地址{url}",
        "时时彩 北京赛车 pk10 稳定回血群 QQ{qq}",
        "线上百家乐 首充翻倍 {brand}官方网址{url}",
    ),
    "spam_loan": (
        "无抵押无担保 当天放款 额度{n}万 电话{phone}",
        "急用钱？征信花也能下款 加V：{wx}",
        "{city}私人借款 不看征信 秒批 {phone}",
        "网贷逾期 债务优化 停息挂账 咨询{wx}",
        "大学生贷款 仅凭身份证 {n}分钟到账",
    ),
    "spam_certificate": (
        "办理毕业证 学位证 学信网可查 QQ{qq}",
        "代办各类资格证书 包过 微信{wx}",
        "{city}办证刻章 身份证 驾驶证 {phone}",
        "职称评审 证书挂靠 一条龙服务 {wx}",
        "考试包过 答案提前发 联系{qq}",
    ),
    "spam_escort": (
        "{city}同城约会 上门服务 24小时 微信{wx}",
        "{city}高端商务伴游 学生兼职 {phone}",
        "附近寂寞女士 同城交友 点击{url}",
        "{city}桑拿会所 特色服务 预约{wx}",
    ),
    "spam_invoice": (
        "代开各地增值税发票 点数优惠 {phone}",
        "{city}开票 普票专票 可验证后付款 微信{wx}",
        "发票代开 餐饮住宿 运输建筑 QQ{qq}",
        "正规发票 全国可开 {city}税务代理 {phone}",
    ),
    "spam_keywords": (
        "{city}seo优化|{city}网站建设|{city}快速排名|{city}刷单",
        "{brand}|{brand}官网|{brand}app下载|{brand}登录",
        "{city}代孕|{city}试管婴儿|{city}包生男孩",
        "黑帽SEO 蜘蛛池 泛目录 站群 {url}",
        "{city}刷粉 刷赞 刷阅读量 {wx}",
    ),
}
SPAM_KINDS = ("spam_header", *SPAM_TEMPLATES)
BRANDS = ("金沙", "威尼斯人", "永利", "银河", "葡京", "太阳城", "皇冠", "博彩通", "亚博", "开云")


# --- article lines: headlines, leads, subheads and hard negatives -------------------------------

HEADLINE_FORMS: tuple[str, ...] = (
    "{h}",
    "{h}",
    "{h}",
    "{h}",
    "{h}",
    "{h}",
    "晚间新闻｜{h}",
    "{column}｜{h}",
    "{column}丨{h}",
    "【{column}】{h}",
    "{paper}社论：{h}",
    "{m}月{d}日·{h}",
    "{h}（组图）",
    "{h}——{city}见闻",
    "{county}：{h}",
    "{h} | {column}",
    "早安{city}·{h}",
    "视频｜{h}",
    "{y}年{m}月{d}日 {h}",
    "今日关注：{h}",
)
COLUMNS = (
    "民生直通车",
    "基层观察",
    "记者走基层",
    "图说新闻",
    "一线直击",
    "时评",
    "快讯",
    "聚焦两会",
    "乡村振兴进行时",
    "健康提醒",
    "高质量发展调研行",
    "县域故事",
    "权威发布",
)
OWN_HEADLINES: tuple[str, ...] = (
    "{city}新增公交线路{n}条 市民出行更便捷",
    "{county}县首批高标准农田通过验收",
    "{city}：老旧小区改造惠及{n3}户居民",
    "{city}市第一人民医院开设夜间门诊",
    "{prov}理工大学{n}项成果获省科技奖",
    "{county}县“一窗通办”改革提速",
    "{city}楼市{m}月成交面积环比上涨{n}%",
    "{team}客场{s1}比{s2}战胜{team2}",
    "{city}开通首条跨省定制客运线路",
    "{county}：非遗进校园 传承有新人",
    "{city}{n}家企业入选省级专精特新名单",
    "{city}高速{road}段计划年底通车",
    "{county}县举办首届农民丰收节",
    "{city}发布暴雨蓝色预警",
    "{city}启动全民健身月活动",
    "{county}县开展秋冬季森林防火演练",
    "{city}夜市经济“热”起来",
    "{prov}省出台{n}条措施稳就业",
    "{city}职业技术学院与{n}家企业签约",
    "{county}小学迎来新校舍",
)
DATELINES: tuple[str, ...] = (
    "新华社{city}{m}月{d}日电 ",
    "新华社北京{m}月{d}日电 ",
    "本报{city}{m}月{d}日讯 ",
    "{city}{m}月{d}日电 ",
    "{site}{city}{m}月{d}日讯 ",
    "{wire}{city}{m}月{d}日电 ",
    "中新网{city}{m}月{d}日电 ",
    "新华社{city}{m}月{d}日电（记者{name}）",
    "{paper}{m}月{d}日讯 ",
)
BYLINE_LEADS: tuple[str, ...] = (
    "本报讯（记者 {name} 通讯员 {name2}）",
    "本报讯 记者{name}报道：",
    "{site}讯（记者 {name}）",
    "【{site}讯】",
    "（记者 {name}）",
    "通讯员 {name} 报道：",
    "据{paper}报道，",
)
GLUED_TAILS: tuple[str, ...] = (
    "（完）",
    "【完】",
    "（编辑 {name}）",
    "（记者 {name}）",
    "（来源：{paper}）",
    "责任编辑：{name}",
    "（{site}记者 {name}）",
)
SUBHEADS: tuple[str, ...] = (
    "坚持问题导向 解决急难愁盼",
    "把好事办到群众心坎上",
    "数据多跑路 群众少跑腿",
    "产业链条越拉越长",
    "服务窗口前移到家门口",
    "党员冲在最前面",
    "守住底线 守护安全",
    "小切口撬动大民生",
    "从“有没有”到“好不好”",
    "链条上的新活力",
    "夜色中的坚守",
    "一张蓝图绘到底",
    "人才引得来 留得住",
    "让老手艺焕发新生机",
    "基层治理有了新抓手",
    "企业发展底气足",
    "新机遇",
    "下一步",
    "记者手记",
    "专家观点",
    "背景",
    "多方联动 形成合力",
    "一线声音",
)
SUBHEAD_MARKS = (
    "plain",
    "plain",
    "cn",
    "paren",
    "arabic",
    "dot",
    "square",
    "bar",
    "bracket",
    "diamond",
)
CN_NUMBERS = "一二三四五六七八九十"
MENTIONS: tuple[str, ...] = (
    "为方便群众办事，{county}县政务服务中心开通了微信预约功能，市民可提前选择办理时段。",
    "“以前挂号要排长队，现在用手机扫码就能完成。”在门诊大厅，市民{name}说。",
    "据了解，该平台客户端上线半年来，累计注册用户已超过{n}万人。",
    "活动现场，工作人员向群众讲解著作权保护知识，提醒大家尊重原创、依法维护版权。",
    "记者注意到，不少摊贩在摊位前张贴了收款二维码，顾客扫码即可付款。",
    "有家长反映，孩子放学后常在手机上下载各类游戏，希望学校加强引导。",
    "{m}月{d}日，{city}市版权局联合市场监管部门开展专项检查，查处盗版图书{n3}册。",
    "目前，相关应用已在各大应用商店上架，群众可免费下载使用。",
    "他告诉记者，自己平时习惯在微信群里分享种植经验，“大家有问题随时问”。",
    "据介绍，今年以来，该局通过官方微博、微信公众号等平台发布防诈骗提示{n}条。",
    "警方提醒，不要随意扫描来历不明的二维码，更不要向陌生人转账。",
    "老人们学会了用手机视频通话，还在子女的指导下下载了健康码。",
    "该校图书馆新增电子资源库，师生可通过客户端在线阅读和下载论文。",
    "在{city}的一家书店里，店主在收银台旁贴出告示：尊重版权，拒绝盗版。",
    "村里建起了电商服务站，村民在微信上接单，当天就能把土鸡蛋发往城里。",
    "医院还推出了“床旁结算”，患者出院时扫码即可完成缴费。",
    "不少市民通过“{city}发布”客户端报名参加了这次活动。",
    "会上，与会人员观看了网络版权保护专题片。",
    "她说，以前下载一部电影要好几个小时，现在几秒钟就好了。",
    "学校要求学生不得私自下载、传播未经授权的课程视频。",
)
FAMILY_MENTIONS: dict[str, tuple[str, ...]] = {
    "finance_wire": (
        "截至收盘，上证指数报{index}点，深证成指报{index2}点，两市成交额合计{n}亿元。",
        "{stock}（{code}）当日公告称，公司拟回购股份，回购价格不超过每股{price}元。",
        "分析人士提醒，投资者应理性看待短期波动，不宜盲目追高。",
    ),
    "sports": (
        "最终，{team}以{s1}比{s2}战胜{team2}，取得联赛{n}连胜。",
        "赛后发布会上，主教练表示球队还有很多需要改进的地方。",
        "本场比赛现场观众达{n3}人，创下本赛季新高。",
    ),
    "real_estate": (
        "据统计，{m}月{city}新建商品住宅成交均价为每平方米{price2}元。",
        "业内人士认为，公积金贷款额度提高后，刚需购房者的压力有所缓解。",
    ),
    "hospital": (
        "即日起，该院门诊时间调整为每天8时至17时30分，节假日照常开诊。",
        "专家提醒，出现胸闷、胸痛等症状时应及时拨打急救电话。",
        "患者可通过医院公众号预约挂号，也可到自助机上办理。",
    ),
    "university": (
        "据悉，该校今年共录取本科新生{n3}人，生源覆盖全国{n}个省份。",
        "颁奖仪式结束后，学生代表{name}作了发言。",
    ),
    "gov_portal": (
        "《{city}市{y}年政府工作报告》提出，今年将新建改建农村公路{n2}公里。",
        "市民可登录政府门户网站或拨打12345热线反映问题。",
    ),
    "hk_macau": (
        "政府發言人表示，有關措施將於下月一日起生效。",
        "警方呼籲市民如有任何消息，致電熱線與調查人員聯絡。",
        "記者昨日到{hk}一帶視察，只見不少商舖已貼出結業告示。",
    ),
    "taiwan": (
        "氣象署表示，今天各地天氣晴朗，午後山區有局部短暫陣雨。",
        "市府表示，相關補助可透過線上系統申請，詳情可洽各區公所。",
        "他在臉書發文表示，感謝大家的支持。",
    ),
    "wechat_mirror": (
        "很多读者在后台留言问：这项政策什么时候落地？今天我们就来说一说。",
        "文章发出后，不少网友在评论区分享了自己的经历。",
    ),
    "forum": (
        "楼主是本地人，今天路过看到这一幕，随手拍了几张，跟大家分享一下。",
        "以下内容转自官方发布，大家参考。",
    ),
    "epaper": ("本报记者近日走访了{county}县多个乡镇。",),
}
SHORT_PARAGRAPHS: tuple[str, ...] = (
    "这只是一个缩影。",
    "变化，正在发生。",
    "目前，伤者已无生命危险。",
    "事故原因正在进一步调查中。",
    "活动将持续到本月底。",
    "比赛将于下周继续进行。",
    "会议还研究了其他事项。",
    "截至发稿时，现场秩序井然。",
    "这样的场景，每天都在上演。",
    "一切都在向好。",
    "对此，{name}深有体会。",
    "数字背后，是实实在在的民生温度。",
)
QUOTES: tuple[str, ...] = (
    "“有了这条路，我们的橘子不愁卖了。”",
    "“放心吧，我们一定守好这道关口。”",
    "“这就是我们想要的生活。”{name}笑着说。",
    "“值！”",
    "“孩子们高兴，我们就高兴。”",
    "“再难也要坚持下去。”",
    "“感谢党和政府！”村民{name}激动地说。",
    "“下个月还来！”",
)
FAMILY_LEADS: dict[str, tuple[str, ...]] = {
    "hk_macau": ("【{site}專訊】", "（記者 {hkname}）", "【本報訊】"),
    "taiwan": (
        "〔記者{twname}／{tw}報導〕",
        "記者{twname}／{tw}報導",
        "（中央社記者{twname}{tw}電）",
    ),
}
RELATED_TITLES: tuple[str, ...] = (
    "{city}地铁{n}号线最新进展来了",
    "{county}县召开年度经济工作会议",
    "{prov}发布高温橙色预警",
    "{city}这些路段今起封闭施工",
    "事关你的钱袋子！{m}月起这些新规实施",
    "{city}中考报名时间确定",
    "{county}：茶园里的“增收经”",
    "{city}一小区突发火情 无人员伤亡",
    "{team}官宣新帅",
    "{city}新房价格连续{n}个月下降",
    "{stock}发布年度业绩预告",
    "{city}人才公寓开始申请",
    "{prov}省教育厅最新通知",
    "{city}两会今日开幕",
    "暴雨过后，{county}全力抢修",
    "{city}医保新政解读",
)


# --- the families -----------------------------------------------------------------------------

SITES: dict[str, tuple[str, ...]] = {
    "gov_portal": (
        "{prov}省人民政府",
        "{city}市人民政府",
        "{county}县人民政府",
        "{city}市{dept}",
        "中国·{city}",
        "{county}县人民政府门户网站",
    ),
    "hospital": (
        "{city}市第一人民医院",
        "{city}市中医院",
        "{prov}省肿瘤医院",
        "{city}市妇幼保健院",
        "{city}市中心医院",
        "{prov}医科大学附属第二医院",
    ),
    "university": ("{school}新闻网", "{school}新闻中心", "{school}"),
    "county_media": ("{county}融媒", "{county}新闻网", "{county}发布", "爱{county}"),
    "finance_wire": ("财讯通", "金融观察网", "汇财网", "每日财经网", "证券导报网", "投资快报"),
    "sports": ("竞体网", "体坛在线", "{city}体育网", "运动家", "球迷天下", "直播天下"),
    "real_estate": ("{city}置业网", "{city}楼市网", "好房通", "{city}安居网", "{city}房产网"),
    "hk_macau": ("港聞日報", "澳門新報", "香江時報", "東方週報", "濠江日報", "明晨報"),
    "taiwan": ("台灣時報網", "新聞雲報", "中台日報", "今日台灣", "寶島新聞網", "民眾快報"),
    "overseas": (
        "南洋晨报",
        "狮城日报",
        "南洋商讯",
        "槟城光明报",
        "欧洲华人报",
        "澳洲新快讯",
        "加华导报",
        "星马时报",
    ),
    "wechat_mirror": ("微读网", "公号精选", "微文库", "微信读报"),
    "selfmedia": ("{platform}",),
    "forum": ("{city}论坛", "{city}在线社区", "{county}吧", "{city}生活网论坛", "{county}人家"),
    "qa": ("知识屋", "百事通问答", "{city}问问", "问答网", "有问必答网"),
    "epaper": ("{paper}",),
    "wire": ("华通社", "环球快讯社", "中华新闻通讯社", "东方通讯社"),
    "print_page": ("{city}新闻网", "{prov}日报网", "{city}广播电视台", "{paper}"),
    "mobile": ("{city}新闻网", "{city}头条", "{prov}新闻", "{county}融媒"),
}
REGIONS = {
    "南洋晨报": "马来西亚",
    "狮城日报": "新加坡",
    "南洋商讯": "马来西亚",
    "槟城光明报": "马来西亚",
    "欧洲华人报": "欧洲",
    "澳洲新快讯": "澳洲",
    "加华导报": "北美",
    "星马时报": "新加坡",
}
SCHOOLS = (
    "{city}师范学院",
    "{prov}理工大学",
    "{city}职业技术学院",
    "{prov}农业大学",
    "{city}学院",
    "{prov}医科大学",
    "{city}科技大学",
)
PAPERS = ("{city}日报", "{city}晚报", "{prov}农民报", "{county}报", "{city}商报", "{prov}法治报")
PAGE_NAMES = ("要闻", "综合新闻", "县域经济", "民生", "社会", "文体", "理论", "副刊", "专版")

# the parts of a layout, in order; a block (below) stands for its head and a few items
MASTHEAD: Part = ("masthead", 0.93, 1, 1)
HEAD_BAR: tuple[Part, ...] = (
    ("top_notice", 0.08, 1, 1),
    ("date_bar", 0.3, 1, 1),
    ("weather_bar", 0.15, 1, 1),
    ("login_bar", 0.25, 1, 1),
    ("search_bar", 0.2, 1, 1),
    ("lang_switch", 0.06, 1, 1),
)
NAVIGATION: tuple[Part, ...] = (
    ("nav_row", 0.55, 1, 2),
    ("nav_items", 0.12, 1, 1),
    ("breadcrumb", 0.45, 1, 1),
    ("channel_label", 0.15, 1, 1),
)
UNDER: tuple[Part, ...] = (
    ("meta_row", 0.55, 1, 1),
    ("byline_box", 0.3, 1, 1),
    ("font_size", 0.15, 1, 1),
    ("reading_time", 0.08, 1, 1),
    ("listen_bar", 0.1, 1, 1),
    ("share_bar", 0.08, 1, 1),
)
INNER: tuple[Part, ...] = (
    ("ad_label", 0.22, 1, 2),
    ("image_credit", 0.3, 1, 2),
    ("inline_related", 0.15, 1, 1),
    ("continue_reading", 0.08, 1, 1),
    ("player_controls", 0.08, 1, 2),
    ("page_turner", 0.04, 1, 1),
    ("gallery_counter", 0.04, 1, 1),
    ("paywall", 0.03, 1, 1),
    ("vote_box", 0.02, 1, 1),
)
TAIL: tuple[Part, ...] = (
    ("editor_credit", 0.5, 1, 1),
    ("source_line", 0.3, 1, 1),
    ("reprint_notice", 0.15, 1, 1),
    ("tag_row", 0.12, 1, 1),
    ("share_bar", 0.35, 1, 1),
    ("like_bar", 0.15, 1, 1),
    ("vote_box", 0.04, 1, 1),
    ("prev_next", 0.25, 1, 2),
    ("related", 0.35, 1, 1),
    ("comments", 0.12, 1, 1),
    ("comment_box", 0.12, 1, 1),
    ("ranking", 0.15, 1, 1),
)
BOTTOM: tuple[Part, ...] = (
    ("back_to_top", 0.12, 1, 1),
    ("qr_prompt", 0.15, 1, 1),
    ("site_links", 0.3, 1, 1),
    ("contact_block", 0.3, 1, 2),
    ("copyright", 0.6, 1, 1),
    ("icp_licence", 0.4, 1, 2),
    ("report_line", 0.12, 1, 1),
    ("hotline", 0.08, 1, 1),
    ("download_app", 0.06, 1, 1),
    ("disclaimer", 0.08, 1, 1),
    ("feedback", 0.05, 1, 1),
)
BLOCKS: dict[str, tuple[str, str, int, int]] = {
    "related": ("related_head", "related_item", 2, 6),
    "ranking": ("ranking_head", "ranking_item", 3, 8),
    "comments": ("comment_head", "comment_item", 1, 4),
    "epaper_titles": ("epaper_titles_head", "epaper_title_item", 3, 7),
    "qa_others": ("qa_other_head", "qa_other_item", 2, 5),
    "forum_replies": ("", "forum_reply", 2, 6),
    "nav_items": ("", "nav_item", 3, 7),
}


def adds(base: tuple[Part, ...], *extra: Part, drop: tuple[str, ...] = ()) -> tuple[Part, ...]:
    """A layout part list: ``base`` without the kinds ``drop``, then ``extra``."""
    return (*(part for part in base if part[0] not in drop), *extra)


FAMILIES: tuple[Family, ...] = (
    Family(
        "gov_portal",
        0.08,
        SITES["gov_portal"],
        (MASTHEAD, ("access_bar", 0.4, 1, 1), *HEAD_BAR, *NAVIGATION),
        adds(UNDER, ("meta_row", 0.5, 1, 2)),
        INNER,
        adds(TAIL, ("gov_service", 0.3, 1, 2), drop=("comments", "like_bar", "vote_box")),
        adds(BOTTOM, ("gov_identifier", 0.7, 1, 2), ("gov_service", 0.25, 1, 1)),
        spam=0.1,
    ),
    Family(
        "hospital",
        0.05,
        SITES["hospital"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION, ("hospital_info", 0.15, 1, 1)),
        UNDER,
        adds(INNER, ("hospital_info", 0.05, 1, 1)),
        TAIL,
        adds(BOTTOM, ("hospital_info", 0.5, 1, 3)),
        spam=0.12,
    ),
    Family(
        "university",
        0.05,
        SITES["university"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION),
        adds(UNDER, ("byline_box", 0.35, 1, 1)),
        INNER,
        TAIL,
        adds(BOTTOM, ("school_address", 0.6, 1, 2)),
        spam=0.15,
    ),
    Family(
        "county_media",
        0.07,
        SITES["county_media"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION, ("app_banner", 0.2, 1, 1)),
        UNDER,
        INNER,
        adds(TAIL, ("media_credit_chain", 0.6, 1, 2), ("app_banner", 0.2, 1, 1)),
        BOTTOM,
        spam=0.2,
    ),
    Family(
        "finance_wire",
        0.06,
        SITES["finance_wire"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION, ("stock_quote", 0.45, 1, 2)),
        UNDER,
        adds(INNER, ("stock_quote", 0.12, 1, 1), ("app_banner", 0.08, 1, 1)),
        adds(TAIL, ("risk_notice", 0.55, 1, 2), ("stock_quote", 0.15, 1, 2)),
        adds(BOTTOM, ("app_banner", 0.15, 1, 1)),
        spam=0.15,
    ),
    Family(
        "sports",
        0.05,
        SITES["sports"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION, ("match_nav", 0.5, 1, 1), ("score_line", 0.35, 1, 2)),
        UNDER,
        adds(INNER, ("player_controls", 0.15, 1, 2), ("score_line", 0.05, 1, 1)),
        adds(TAIL, ("match_nav", 0.2, 1, 1)),
        BOTTOM,
        spam=0.3,
    ),
    Family(
        "real_estate",
        0.05,
        SITES["real_estate"],
        (MASTHEAD, *HEAD_BAR, *NAVIGATION, ("calc_tools", 0.4, 1, 1)),
        UNDER,
        adds(INNER, ("price_box", 0.25, 1, 2)),
        adds(TAIL, ("price_box", 0.4, 1, 3)),
        adds(BOTTOM, ("calc_tools", 0.2, 1, 1)),
        spam=0.25,
    ),
    Family(
        "hk_macau",
        0.07,
        SITES["hk_macau"],
        (MASTHEAD, ("date_bar", 0.4, 1, 1), ("cookie_notice", 0.15, 1, 1), *NAVIGATION),
        adds(UNDER, drop=("font_size", "listen_bar")),
        adds(INNER, ("hk_subscribe", 0.08, 1, 1)),
        adds(TAIL, ("hk_subscribe", 0.3, 1, 1), drop=("comment_box",)),
        adds(BOTTOM, ("cookie_notice", 0.1, 1, 1), drop=("icp_licence", "report_line")),
        spam=0.1,
        converter="s2hk",
        native=True,
    ),
    Family(
        "taiwan",
        0.07,
        SITES["taiwan"],
        (MASTHEAD, ("date_bar", 0.3, 1, 1), *NAVIGATION),
        adds(UNDER, drop=("font_size",)),
        adds(INNER, ("tw_line_promo", 0.1, 1, 1)),
        adds(TAIL, ("tw_line_promo", 0.45, 1, 2)),
        adds(BOTTOM, drop=("icp_licence", "report_line")),
        spam=0.12,
        converter="s2tw",
        native=True,
    ),
    Family(
        "overseas",
        0.06,
        SITES["overseas"],
        (MASTHEAD, *HEAD_BAR, ("cookie_notice", 0.2, 1, 1), *NAVIGATION),
        UNDER,
        adds(INNER, ("classified_ad", 0.1, 1, 1)),
        TAIL,
        adds(BOTTOM, ("classified_ad", 0.4, 1, 3), drop=("icp_licence",)),
        spam=0.1,
        traditional=0.25,
    ),
    Family(
        "wechat_mirror",
        0.07,
        SITES["wechat_mirror"],
        (MASTHEAD, ("wechat_top", 0.7, 1, 2), ("wechat_collection", 0.3, 1, 1)),
        (("wechat_top", 0.4, 1, 2), ("reading_time", 0.1, 1, 1)),
        adds(INNER, ("wechat_bottom", 0.05, 1, 1), drop=("page_turner",)),
        (
            ("source_line", 0.3, 1, 1),
            ("editor_credit", 0.3, 1, 1),
            ("wechat_collection", 0.2, 1, 1),
            ("wechat_bottom", 0.8, 2, 5),
            ("related", 0.3, 1, 1),
        ),
        (("qr_prompt", 0.4, 1, 1), ("wechat_bottom", 0.3, 1, 2), ("disclaimer", 0.15, 1, 1)),
        spam=0.2,
    ),
    Family(
        "selfmedia",
        0.07,
        SITES["selfmedia"],
        (MASTHEAD, ("search_bar", 0.2, 1, 1), ("nav_row", 0.2, 1, 1)),
        (("selfmedia_head", 0.85, 1, 3), ("listen_bar", 0.05, 1, 1)),
        adds(INNER, ("continue_reading", 0.15, 1, 1)),
        adds(TAIL, ("platform_notice", 0.7, 1, 3), ("author_card", 0.3, 1, 1)),
        (("platform_notice", 0.3, 1, 1), ("copyright", 0.3, 1, 1), ("report_line", 0.2, 1, 1)),
        spam=0.25,
    ),
    Family(
        "forum",
        0.05,
        SITES["forum"],
        (MASTHEAD, ("login_bar", 0.5, 1, 1), ("nav_row", 0.5, 1, 1), ("breadcrumb", 0.6, 1, 1)),
        (("forum_meta", 0.9, 1, 3),),
        adds(INNER, ("forum_meta", 0.08, 1, 1)),
        (
            ("source_line", 0.4, 1, 1),
            ("forum_tools", 0.7, 1, 2),
            ("forum_replies", 0.6, 1, 1),
            ("related", 0.2, 1, 1),
        ),
        (("forum_tools", 0.3, 1, 1), ("copyright", 0.4, 1, 1), ("icp_licence", 0.4, 1, 1)),
        spam=0.4,
    ),
    Family(
        "qa",
        0.04,
        SITES["qa"],
        (MASTHEAD, ("search_bar", 0.5, 1, 1), ("breadcrumb", 0.4, 1, 1)),
        (("qa_meta", 0.9, 1, 3),),
        adds(INNER, ("qa_meta", 0.05, 1, 1)),
        (("qa_meta", 0.6, 1, 2), ("like_bar", 0.3, 1, 1), ("qa_others", 0.6, 1, 1)),
        (("copyright", 0.5, 1, 1), ("icp_licence", 0.3, 1, 1), ("disclaimer", 0.3, 1, 1)),
        spam=0.4,
    ),
    Family(
        "epaper",
        0.06,
        SITES["epaper"],
        (MASTHEAD, ("epaper_nav", 0.9, 1, 3)),
        (("byline_box", 0.3, 1, 1), ("epaper_nav", 0.15, 1, 1)),
        (("image_credit", 0.2, 1, 1),),
        (("epaper_nav", 0.5, 1, 2), ("epaper_titles", 0.5, 1, 1)),
        (("copyright", 0.5, 1, 1), ("icp_licence", 0.3, 1, 1), ("contact_block", 0.2, 1, 1)),
        spam=0.05,
    ),
    Family(
        "wire",
        0.04,
        SITES["wire"],
        (MASTHEAD, ("login_bar", 0.4, 1, 1), ("nav_row", 0.4, 1, 1)),
        (("wire_notice", 0.6, 1, 2), ("meta_row", 0.3, 1, 1)),
        (("image_credit", 0.25, 1, 1),),
        (("wire_notice", 0.7, 1, 2), ("editor_credit", 0.4, 1, 1), ("related", 0.2, 1, 1)),
        (("copyright", 0.5, 1, 1), ("contact_block", 0.3, 1, 1)),
        spam=0.03,
    ),
    Family(
        "print_page",
        0.04,
        SITES["print_page"],
        (MASTHEAD, ("print_controls", 0.6, 1, 1)),
        (("meta_row", 0.7, 1, 1), ("byline_box", 0.2, 1, 1)),
        (("image_credit", 0.15, 1, 1),),
        (("editor_credit", 0.4, 1, 1), ("print_controls", 0.7, 1, 2)),
        (("copyright", 0.6, 1, 1),),
        spam=0.05,
    ),
    Family(
        "mobile",
        0.05,
        SITES["mobile"],
        (MASTHEAD, ("mobile_nav", 0.6, 1, 2), ("app_banner", 0.5, 1, 1)),
        (("meta_row", 0.6, 1, 1), ("listen_bar", 0.1, 1, 1)),
        adds(INNER, ("continue_reading", 0.25, 1, 1), ("app_banner", 0.15, 1, 1)),
        (
            ("editor_credit", 0.3, 1, 1),
            ("like_bar", 0.3, 1, 1),
            ("related", 0.4, 1, 1),
            ("mobile_nav", 0.6, 1, 2),
        ),
        (("app_banner", 0.3, 1, 1), ("copyright", 0.3, 1, 1), ("mobile_nav", 0.3, 1, 1)),
        spam=0.15,
    ),
)
FAMILY_NAMES = tuple(family.name for family in FAMILIES)

ARTICLE_KINDS = (
    "headline",
    "subtitle",
    "subhead",
    "paragraph",
    "dateline_paragraph",
    "byline_lead",
    "glued_tail",
    "short_paragraph",
    "quote_line",
    "mention_paragraph",
    "one_line_page",
)


def template_count() -> tuple[int, int]:
    """How many templates the generator has, and how many of them have slots."""
    groups: list[tuple[str, ...]] = [
        *GENERIC.values(),
        *(group for kinds in FAMILY_TEMPLATES.values() for group in kinds.values()),
        *SPAM_TEMPLATES.values(),
        HEADLINE_FORMS,
        OWN_HEADLINES,
        RELATED_TITLES,
        DATELINES,
        BYLINE_LEADS,
        *FAMILY_LEADS.values(),
        GLUED_TAILS,
        SUBHEADS,
        MENTIONS,
        *FAMILY_MENTIONS.values(),
        SHORT_PARAGRAPHS,
        QUOTES,
        *SITES.values(),
    ]
    templates = [text for group in groups for text in group]
    return len(templates), sum("{" in text for text in templates)


BOILERPLATE_KINDS = tuple(
    dict.fromkeys([*GENERIC, *(kind for kinds in FAMILY_TEMPLATES.values() for kind in kinds)])
)
KIND_ORDER = (*ARTICLE_KINDS, *BOILERPLATE_KINDS, *SPAM_KINDS)

# --- slots ------------------------------------------------------------------------------------


def _letters(rng: random.Random, fewest: int, most: int) -> str:
    return "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(fewest, most))
    )


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _time(rng: random.Random) -> str:
    return f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"))


def _phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"0{rng.randint(310, 939)}-{rng.randint(2000000, 8999999)}",
            f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
            f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        )
    )


def _url(rng: random.Random) -> str:
    host = _letters(rng, 3, 8) + rng.choice((".com", ".cn", ".net", ".vip", ".cc", ".top"))
    return rng.choice((f"www.{host}", f"https://{host}", f"http://{host}/{rng.randint(1, 999)}"))


def _wx(rng: random.Random) -> str:
    return _letters(rng, 2, 5) + str(rng.randint(100, 99999))


def _pct(rng: random.Random) -> str:
    return f"{rng.choice('+-')}{rng.randint(0, 5)}.{rng.randint(0, 99):02d}"


def _title(page: Page) -> str:
    rng = page.rng
    if rng.random() < 0.5:
        title = rng.choice(page.headlines)
        if title not in page.taken:
            return title
    return page.fill(rng.choice(RELATED_TITLES + OWN_HEADLINES))


Draw = Callable[["Page"], str]
DRAWS: dict[str, Draw] = {
    "date2": lambda page: _date(page.rng),
    "time": lambda page: _time(page.rng),
    "n": lambda page: str(page.rng.randint(2, 60)),
    "n2": lambda page: str(page.rng.randint(20, 300)),
    "n3": lambda page: str(page.rng.randint(300, 9000)),
    "n4": lambda page: str(page.rng.randint(5, 30)),
    "n5": lambda page: str(page.rng.randint(10000, 99999)),
    "views": lambda page: str(page.rng.choice((page.rng.randint(10, 9999), "1.2万", "10万+"))),
    "name": lambda page: _name(page.rng),
    "name2": lambda page: _name(page.rng),
    "name3": lambda page: _name(page.rng),
    "name4": lambda page: _name(page.rng),
    "hkname": lambda page: page.rng.choice(HK_SURNAMES) + page.rng.choice(HK_GIVEN),
    "twname": lambda page: page.rng.choice(HK_SURNAMES) + page.rng.choice(HK_GIVEN),
    "user": lambda page: page.rng.choice(USER_STEMS) + str(page.rng.randint(1, 9999)),
    "user2": lambda page: page.rng.choice(USER_STEMS),
    "phone": lambda page: _phone(page.rng),
    "hkphone": lambda page: f"{page.rng.choice('2359')}{page.rng.randint(1000000, 9999999)}",
    "url": lambda page: _url(page.rng),
    "email": lambda page: f"{_letters(page.rng, 3, 8)}@{page.rng.choice(('163.com', 'qq.com'))}",
    "wx": lambda page: _wx(page.rng),
    "qq": lambda page: str(page.rng.randint(10000000, 3999999999)),
    "title": _title,
    "tag": lambda page: page.rng.choice(TAGS),
    "tag2": lambda page: page.rng.choice(TAGS),
    "channel2": lambda page: page.rng.choice(CHANNELS),
    "weather": lambda page: page.rng.choice(WEATHERS),
    "wind": lambda page: page.rng.choice(WINDS),
    "temp": lambda page: str(page.rng.randint(-8, 18)),
    "temp2": lambda page: str(page.rng.randint(19, 36)),
    "price": lambda page: f"{page.rng.randint(5, 1800)}.{page.rng.randint(0, 99):02d}",
    "price2": lambda page: str(page.rng.randint(45, 380) * 100),
    "pct": lambda page: _pct(page.rng),
    "pct2": lambda page: _pct(page.rng),
    "index": lambda page: f"{page.rng.randint(2900, 3600)}.{page.rng.randint(10, 99)}",
    "index2": lambda page: f"{page.rng.randint(1800, 21000)}.{page.rng.randint(10, 99)}",
    "s1": lambda page: str(page.rng.randint(0, 4)),
    "s2": lambda page: str(page.rng.randint(0, 4)),
    "dur": lambda page: f"{page.rng.randint(0, 9):02d}:{page.rng.randint(0, 59):02d}",
    "rank": lambda page: str(next(page.ranks)),
    "floor": lambda page: str(page.rng.randint(2, 60)),
    "brand": lambda page: page.rng.choice(BRANDS),
    "column": lambda page: page.rng.choice(COLUMNS),
    "lunar": lambda page: (
        page.rng.choice("正二三四五六七八九十冬腊")
        + "月"
        + page.rng.choice(("初一", "初六", "初九", "十三", "十五", "十九", "廿二", "廿七"))
    ),
    "site2": lambda page: page.rng.choice(SITES["county_media"] + SITES["qa"]).format_map(
        page.base
    ),
    "site3": lambda page: page.rng.choice(SITES["sports"] + SITES["forum"]).format_map(page.base),
    "y0": lambda page: str(page.rng.randint(1998, 2015)),
    "tw": lambda page: page.rng.choice(TW_CITIES),
}


class Slots(dict[str, str]):
    """A template's slots: the page's fixed values, and a fresh draw for every other one."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.base)
        self.page = page

    def __missing__(self, key: str) -> str:
        return DRAWS[key](self.page)


# --- the pages --------------------------------------------------------------------------------

HALF_TO_FULL = {
    ",": "，",
    ":": "：",
    "(": "（",
    ")": "）",
    "?": "？",
    "!": "！",
    ";": "；",
    "|": "｜",
}
TO_FULL = str.maketrans(HALF_TO_FULL)
TO_HALF = str.maketrans({full: half for half, full in HALF_TO_FULL.items()})
CONVERTIBLE = re.compile(r"[,:()?!;|，：（）？！；｜]")
STYLES = ("keep", "keep", "keep", "full", "half")
INDENTS = ("", "", "", "", "　　", "  ", "\t")


class Page:
    """One page being generated: its random source, family, fixed slots and style."""

    def __init__(self, rng: random.Random, family: Family, headlines: list[str]) -> None:
        self.rng, self.family, self.headlines = rng, family, headlines
        self.taken: set[str] = set()  # the page's own headlines, kept out of its lists
        self.ranks = itertools.count(1)
        self.used: set[str] = set()  # the furniture lines the page has so far
        y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
        stock = rng.choice(STOCKS)
        teams = rng.sample(TEAMS, 2)
        base = {
            "prov": rng.choice(PROVINCES),
            "city": rng.choice(CITIES),
            "county": rng.choice(COUNTIES),
            "y": str(y),
            "m": str(m),
            "d": str(d),
            "m2": f"{m:02d}",
            "d2": f"{d:02d}",
            "weekday": rng.choice(WEEKDAYS),
            "channel": rng.choice(CHANNELS),
            "dept": rng.choice(DEPARTMENTS),
            "platform": rng.choice(PLATFORMS),
            "team": teams[0],
            "team2": teams[1],
            "code": stock[0],
            "stock": stock[1],
            "estate": rng.choice(ESTATES),
            "road": rng.choice(ROADS),
            "zip": str(rng.randint(100000, 850000)),
            "page_no": rng.choice(("A", "B", "0", "")) + str(rng.randint(1, 16)),
            "page_name": rng.choice(PAGE_NAMES),
            "sea": rng.choice(SEA_CITIES),
            "hk": rng.choice(HK_DISTRICTS),
        }
        base["prov_short"] = PROVINCE_SHORT[base["prov"]]
        base["unit"] = rng.choice(SCHOOL_UNITS if family.name == "university" else HOSPITAL_UNITS)
        base["date"] = rng.choice(
            (f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}")
        )
        base["school"] = rng.choice(SCHOOLS).format_map(base)
        base["paper"] = rng.choice(PAPERS).format_map(base)
        base["account"] = rng.choice(ACCOUNTS).format_map(base)
        base["wire"] = rng.choice(SITES["wire"])
        base["site"] = rng.choice(family.sites).format_map(base)
        if family.name == "wire":
            base["wire"] = base["site"]
        base["region"] = REGIONS.get(base["site"], "马来西亚")
        suffix = {"gov_portal": ".gov.cn", "university": ".edu.cn"}.get(family.name, ".com")
        base["domain"] = _letters(rng, 3, 7) + rng.choice((suffix, suffix, ".cn", ".com.cn"))
        province = base["prov_short"]
        base["icp"] = rng.choice(
            (
                f"{province}ICP备{rng.randint(10000000, 99999999)}号",
                f"{province}ICP备{rng.randint(1000000, 9999999)}号-{rng.randint(1, 9)}",
            )
        )
        base["gongan"] = f"{province}公网安备 {rng.randint(10**13, 10**14 - 1)}号"
        self.base = base
        self.native = family.native
        self.traditional = family.native or rng.random() < family.traditional
        self.indent = rng.choice(INDENTS)
        self.style = rng.choice(STYLES)

    def fill(self, template: str) -> str:
        return template.format_map(Slots(self))

    def template(self, kind: str) -> str:
        own = FAMILY_TEMPLATES.get(self.family.name, {}).get(kind, ())
        common = GENERIC.get(kind, ())
        if own and (not common or self.native or self.rng.random() < 0.65):
            return self.rng.choice(own)
        return self.rng.choice(common)

    def furniture(self, kind: str, zone: str) -> Draft:
        return Draft(BOILERPLATE, kind, zone, self.fill(self.template(kind)))

    def part(self, kind: str, zone: str) -> list[Draft]:
        if kind not in BLOCKS:
            for _ in range(3):  # a page seldom says the same thing twice
                draft = self.furniture(kind, zone)
                if draft.core not in self.used:
                    break
            self.used.add(draft.core)
            return [draft]
        head, item, fewest, most = BLOCKS[kind]
        drafts = [self.furniture(head, zone)] if head else []
        items: dict[str, Draft] = {}
        wanted = self.rng.randint(fewest, most)
        for _ in range(3 * most):  # a block's items differ from each other
            draft = self.furniture(item, zone)
            items.setdefault(draft.core, draft)
            if len(items) == wanted:
                break
        return drafts + list(items.values())

    def parts(self, parts: tuple[Part, ...], zone: str) -> list[Draft]:
        drafts: list[Draft] = []
        for kind, probability, fewest, most in parts:
            if self.rng.random() < probability:
                for _ in range(self.rng.randint(fewest, most)):
                    drafts += self.part(kind, zone)
        return drafts

    def spam(self, zone: str) -> Draft:
        kind = self.rng.choice(tuple(SPAM_TEMPLATES))
        text = self.fill(self.rng.choice(SPAM_TEMPLATES[kind]))
        return Draft(SPAM, "spam_header" if zone == HEADER else kind, zone, text)


def seed_paragraph(text: str) -> Draft:
    """A seed paragraph, its byline lead and closing signature (if any) glued around it."""
    prefix = suffix = ""
    lead = BYLINE.match(text)
    if lead and text[lead.end() :].strip():
        prefix, text = lead.group(0), text[lead.end() :]
    signed = SIGNED.search(text)
    if signed and text[: signed.start()].strip():
        text, suffix = text[: signed.start()], signed.group(0)
    return Draft(ARTICLE, "byline_lead" if prefix else "paragraph", BODY, text, prefix, suffix)


def numbered(page: Page, text: str, mark: str, index: int) -> str:
    """A subhead with the page's numbering."""
    number = CN_NUMBERS[index % len(CN_NUMBERS)]
    forms = {
        "plain": text,
        "cn": f"{number}、{text}",
        "paren": f"（{number}）{text}",
        "arabic": f"{index + 1}. {text}",
        "dot": f"{index + 1}、{text}",
        "square": f"■ {text}",
        "bar": f"▍{text}",
        "bracket": f"【{text}】",
        "diamond": f"◆ {text}",
    }
    return forms[mark]


def hard_negative(page: Page) -> Draft:
    """An article line that looks a little like furniture."""
    kind, group = page.rng.choice(
        (
            ("mention_paragraph", MENTIONS),
            ("mention_paragraph", MENTIONS),
            ("short_paragraph", SHORT_PARAGRAPHS),
            ("quote_line", QUOTES),
        )
    )
    own = FAMILY_MENTIONS.get(page.family.name, ())
    if own and page.rng.random() < 0.4:
        kind, group = "mention_paragraph", own
    return Draft(ARTICLE, kind, BODY, page.fill(page.rng.choice(group)))


def body_drafts(page: Page, seed: SeedArticle) -> list[Draft]:
    """The article's paragraphs, with its subheads and hard negatives among them."""
    rng = page.rng
    paragraphs = list(seed.paragraphs)
    if len(paragraphs) > 12:
        paragraphs = paragraphs[: rng.randint(6, 12)]
    body = [seed_paragraph(text) for text in paragraphs]
    first = body[0]
    roll = rng.random()
    if not first.prefix and roll < 0.22:
        first.core = page.fill(rng.choice(DATELINES)) + first.core
        first.category = "dateline_paragraph"
    elif not first.prefix and roll < 0.4:
        own = FAMILY_LEADS.get(page.family.name, ())
        leads = own if own and rng.random() < 0.8 else BYLINE_LEADS
        first.prefix = page.fill(rng.choice(leads))
        first.category = "byline_lead"
    last = body[-1]
    if not last.suffix and rng.random() < 0.12:
        last.suffix = page.fill(rng.choice(GLUED_TAILS))
        if last.category == "paragraph":
            last.category = "glued_tail"
    count = len(body)
    extra: list[tuple[int, Draft]] = []
    if count >= 3 and rng.random() < 0.35:
        mark = rng.choice(SUBHEAD_MARKS)
        places = sorted(rng.sample(range(1, count), rng.randint(1, min(3, count - 1))))
        texts = rng.sample(SUBHEADS, len(places))
        for index, (place, text) in enumerate(zip(places, texts, strict=True)):
            extra.append(
                (place, Draft(ARTICLE, "subhead", BODY, numbered(page, text, mark, index)))
            )
    if rng.random() < 0.45:
        for _ in range(rng.randint(1, 2)):
            extra.append((rng.randint(1, count), hard_negative(page)))
    for place, draft in sorted(extra, key=lambda pair: pair[0], reverse=True):
        body.insert(place, draft)
    return body


def page_headlines(page: Page, seed: SeedArticle) -> list[Draft]:
    """The page's headline (perhaps decorated) and its subtitles."""
    rng = page.rng
    page.taken.update(seed.headlines)
    if seed.headlines:
        main_index = rng.randrange(len(seed.headlines))
        headline = seed.headlines[main_index]
        others = [text for i, text in enumerate(seed.headlines) if i != main_index]
    else:
        headline = rng.choice(page.headlines) if rng.random() < 0.6 else ""
        headline = headline or page.fill(rng.choice(OWN_HEADLINES))
        page.taken.add(headline)
        others = []
    slots = Slots(page)
    slots["h"] = headline
    headline = rng.choice(HEADLINE_FORMS).format_map(slots)
    drafts = [Draft(ARTICLE, "headline", HEADER, headline)]
    return drafts + [Draft(ARTICLE, "subtitle", HEADER, text) for text in others]


ONE_LINE_SHARE = 0.05
ONE_LINE_BEFORE = ("masthead", "nav_row", "breadcrumb", "meta_row", "date_bar")
ONE_LINE_AFTER = ("editor_credit", "source_line", "share_bar", "copyright", "icp_licence")


def one_line_page(page: Page, seed: SeedArticle) -> list[Draft]:
    """The whole page as one line: the article with furniture glued to both ends."""
    rng = page.rng
    before = [page.furniture(kind, HEADER).core for kind in ONE_LINE_BEFORE if rng.random() < 0.5]
    after = [page.furniture(kind, FOOTER).core for kind in ONE_LINE_AFTER if rng.random() < 0.5]
    before = before or [page.furniture("masthead", HEADER).core]
    after = after or [page.furniture("copyright", FOOTER).core]
    heads = [draft.core for draft in page_headlines(page, seed)]
    joiner = rng.choice(("", " ", "　"))
    core = " ".join(heads) + " " + joiner.join(seed.paragraphs)
    return [
        Draft(ARTICLE, "one_line_page", BODY, core, " ".join(before) + " ", " " + " ".join(after))
    ]


def spam_lines(page: Page, drafts: list[Draft], header: int, body: int) -> list[Draft]:
    """The page's lines with spam in its header, footer or (now and then) between paragraphs;
    ``header`` and ``body``: how many lines the header and body have."""
    rng = page.rng
    where = rng.choice(("header", "footer", "both", "header", "footer", "body"))
    drafts = list(drafts)
    if where in ("footer", "both") or (where == "body" and rng.random() < 0.5):
        for _ in range(rng.randint(1, 3)):
            place = rng.randint(max(header + body, len(drafts) - 3), len(drafts))
            drafts.insert(place, page.spam(FOOTER))
    if where == "body" and body > 1:
        drafts.insert(header + rng.randint(1, body - 1), page.spam(BODY))
    if where in ("header", "both") or (where == "body" and body <= 1):
        for _ in range(rng.randint(1, 2)):
            drafts.insert(rng.choice((0, 0, 1, min(2, header))), page.spam(HEADER))
    return drafts


def page_drafts(page: Page, seed: SeedArticle) -> list[Draft]:
    """The lines of a page in order: header, body and footer."""
    rng, family = page.rng, page.family
    header = page.parts(family.top, HEADER)
    header += page_headlines(page, seed)
    header += page.parts(family.under, HEADER)
    body = body_drafts(page, seed)
    for draft in page.parts(family.inner, BODY):
        if len(body) > 1:
            body.insert(rng.randint(1, len(body) - 1), draft)
    footer = page.parts(family.tail, FOOTER) + page.parts(family.bottom, FOOTER)
    drafts = header + body + footer
    if rng.random() < family.spam:
        drafts = spam_lines(page, drafts, len(header), len(body))
    return drafts


def styled(page: Page, text: str) -> str:
    """``text`` in the page's punctuation width and script."""
    if page.style == "full":
        text = re.sub(
            r"(?<![0-9A-Za-z/])[,:()?!;|](?![0-9A-Za-z/])",
            lambda match: HALF_TO_FULL[match.group()],
            text,
        )
    elif page.style == "half":
        text = text.translate(TO_HALF)
    if page.traditional:
        converter = CONVERTERS[page.family.converter if page.native else "s2t"]
        text = converter.convert(text)
    return text


def generate(rng: random.Random, seeds: list[SeedArticle], headlines: list[str]) -> Document:
    family = rng.choices(FAMILIES, weights=[family.weight for family in FAMILIES])[0]
    page = Page(rng, family, headlines)
    seed = rng.choice(seeds)
    one_line = rng.random() < ONE_LINE_SHARE
    drafts = one_line_page(page, seed) if one_line else page_drafts(page, seed)
    for draft in drafts:
        draft.core, draft.prefix, draft.suffix = (
            styled(page, draft.core),
            styled(page, draft.prefix),
            styled(page, draft.suffix),
        )
    lines = [line for line in finished(page.indent, drafts) if line.text.strip()]
    text = joined(lines, rng, ("\n", "\n", "\n\n", "mixed"))
    return Document(
        family.name,
        TRADITIONAL if page.traditional else SIMPLIFIED,
        styled(page, page.base["site"]),
        one_line,
        tuple(lines),
        text,
    )


def documents(count: int, seed: int) -> list[Document]:
    return generated(generate, count, seed)


SET = HeldOutSet(
    7,
    documents,
    template_count,
    FAMILY_NAMES,
    KIND_ORDER,
    len(BOILERPLATE_KINDS),
    len(SPAM_KINDS),
)
"""This set, for the scoring and report that every generated set shares."""

if __name__ == "__main__":
    main(SET, __doc__ or "")

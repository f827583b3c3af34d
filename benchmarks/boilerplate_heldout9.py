"""Boilerplate held-out set 9: generated Chinese news pages from the big mainland portals,
central media, metro and evening papers, provincial party papers, city portals, financial
media, Taiwan portals and papers, Hong Kong papers, Singapore and Malaysian papers, North
American and European Chinese papers, international broadcasters' Chinese services, app
share pages, reader-mode exports and Markdown-converted pages.

What it is: a generator of 1,000 labelled pages (by default) around the seed articles of
``tests/boilerplate/labels/``: every non-blank line of a page's text is one labelled line
(article, boilerplate or spam, with its kind, its zone and the page's site family), and,
through :func:`generated_pages.main`, the scorer and report that every generated set shares.
A page is stored as a crawler keeps it (extractor output, the "text" field of a JSON record,
a copy-paste or "save as text" of the page, a reader-mode export, html2text Markdown with
``**bold**``, ``[link](url)`` and ``![](img)`` left in). Each site family has its own
furniture: above the headline (masthead or site name as the first line, date and weather
bars, login and search bars, navigation rows, breadcrumbs, meta rows, audio players),
between paragraphs (advertising labels, "continue reading", picture credits, video player
controls, inline related links, paywalls, page turners, app prompts) and after the body
(editor credits, source lines, share and like bars, related and ranking lists, comments,
copyright, ICP and police licences, contact blocks, app and QR promotions, tags, cookie
notices). Some pages carry SEO spam (gambling, loans, fake certificates, escorts, invoices,
keyword stuffing) in the header, footer or body. About 40% of pages are Traditional: Taiwan
and Hong Kong pages always (written natively, converted with OpenCC s2tw or s2hk), the
others now and then (s2t). About 5% of pages are one long line with furniture glued to both
ends (labelled article; its article span excludes the glued furniture). Hard negatives are
labelled article: column-tagged, bracketed, dated and Latin-lettered headlines, numbered
and boxed subheads, one-sentence paragraphs, datelines opening a paragraph, short quoted
speech, and sentences that mention WeChat, apps, copyright, downloads, QR codes, logging
in, registering, following or clicking.

How it was written: by a helper session (Claude) asked for a ninth set, from general
knowledge of Chinese-language news pages, without reading the boilerplate step's code,
data, documentation or training script, and without reading the templates of the other
sets; it read only ``generated_pages.py`` (whose pieces it uses), what of
``boilerplate_scoring`` that needs, the seed labels, and the outline of
``boilerplate_heldout7.py`` (how a set plugs in). It was checked only by generating pages,
never by running textclean on them.

Run it: ``python benchmarks/boilerplate_heldout9.py [--documents 1000] [--seed 0]
[--misses 30] [--json]``. Generation is deterministic (``random.Random(seed)``).

The templates were not changed after the first run's scores were seen.
"""

from __future__ import annotations

import datetime
import random
import sys
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

Part = tuple[str, float, int, int]  # a kind, its probability, fewest, most


@dataclass(frozen=True)
class Family:
    """A kind of site: its names ("name|domain|app" templates), the parts of its layout
    (above the headline, right under it, between paragraphs, after the body, at the foot),
    how often its pages are Traditional and with which converter, how often they carry
    spam, and whether its pages are Markdown."""

    name: str
    weight: float
    sites: tuple[str, ...]
    top: tuple[Part, ...]
    under: tuple[Part, ...]
    inner: tuple[Part, ...]
    tail: tuple[Part, ...]
    bottom: tuple[Part, ...]
    traditional: float = 0.06
    converter: str = "s2t"
    spam: float = 0.12
    markdown: bool = False


# --- slot pools -------------------------------------------------------------------------------

PROVINCES = (
    ("河南", "豫", "郑州"),
    ("河北", "冀", "石家庄"),
    ("山东", "鲁", "济南"),
    ("江苏", "苏", "南京"),
    ("浙江", "浙", "杭州"),
    ("广东", "粤", "广州"),
    ("湖北", "鄂", "武汉"),
    ("湖南", "湘", "长沙"),
    ("四川", "川", "成都"),
    ("陕西", "陕", "西安"),
    ("安徽", "皖", "合肥"),
    ("福建", "闽", "福州"),
    ("江西", "赣", "南昌"),
    ("辽宁", "辽", "沈阳"),
    ("云南", "滇", "昆明"),
    ("广西", "桂", "南宁"),
    ("山西", "晋", "太原"),
    ("贵州", "黔", "贵阳"),
    ("北京", "京", "北京"),
    ("上海", "沪", "上海"),
    ("重庆", "渝", "重庆"),
    ("天津", "津", "天津"),
)
CITIES = (
    "周口",
    "商洛",
    "洛阳",
    "南阳",
    "宜昌",
    "襄阳",
    "绵阳",
    "赣州",
    "临沂",
    "潍坊",
    "徐州",
    "温州",
    "佛山",
    "柳州",
    "遵义",
    "大同",
    "保定",
    "芜湖",
    "泉州",
    "株洲",
)
TW_CITIES = ("台北", "新北", "桃園", "台中", "台南", "高雄", "基隆", "新竹", "嘉義", "屏東")
HK_PLACES = ("旺角", "銅鑼灣", "觀塘", "沙田", "荃灣", "元朗", "屯門", "將軍澳", "上水", "西九")
SEA_CITIES = ("新加坡", "吉隆坡", "槟城", "新山", "怡保", "马六甲", "古晋", "亚庇", "芙蓉")
WEST_CITIES = ("纽约", "旧金山", "洛杉矶", "温哥华", "多伦多", "伦敦", "巴黎", "柏林", "悉尼")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程"
GIVEN = (
    "建国",
    "海燕",
    "晓东",
    "丽娟",
    "志强",
    "文静",
    "思远",
    "雨萱",
    "国华",
    "春梅",
    "立新",
    "子涵",
    "振宇",
    "佳琪",
    "明",
    "磊",
    "婷",
    "鹏",
    "洁",
    "涛",
    "欣怡",
    "宏伟",
    "秀英",
    "俊杰",
)
HANDLE_STEMS = ("news", "daily", "city", "xiao", "happy", "sky", "lucky", "tiger", "moon", "jj")
WEATHERS = ("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "小雪", "晴转多云", "多云转阴", "雾")
CHANNELS = ("国内", "国际", "社会", "财经", "科技", "体育", "娱乐", "教育", "健康", "时政", "民生")
TW_CHANNELS = ("政治", "社會", "生活", "國際", "兩岸", "財經", "娛樂", "體育", "地方", "科技")
HK_CHANNELS = ("港聞", "要聞", "兩岸", "國際", "經濟", "體育", "娛樂", "副刊", "社評", "即時")
COLUMNS = (
    "快评",
    "独家",
    "深读",
    "直击",
    "一线调查",
    "人物",
    "观察",
    "图解",
    "视频",
    "聚焦",
    "财经早参",
    "新闻1+1",
    "今日关注",
    "基层之声",
)
TAG_WORDS = (
    "疫情防控",
    "基层治理",
    "民生",
    "乡村振兴",
    "志愿服务",
    "抗疫一线",
    "新冠肺炎",
    "隔离点",
    "农产品",
    "政协",
    "社区",
    "防疫",
    "商水县",
    "河南",
)
SOURCES = (
    "新华社",
    "中国新闻网",
    "人民网",
    "央视新闻客户端",
    "澎湃新闻",
    "{city}日报",
    "{prov}日报",
    "{city}晚报",
    "大河报",
    "红星新闻",
    "界面新闻",
    "极目新闻",
)
TW_SOURCES = ("中央社", "聯合報", "中時新聞網", "自由時報", "ETtoday新聞雲", "三立新聞網", "TVBS")
HK_SOURCES = ("明報", "星島日報", "東方日報", "香港01", "經濟日報", "信報", "文匯報")
COMMENTS = (
    "说得好，支持！",
    "点赞，辛苦了",
    "希望政策能落到实处",
    "基层干部真不容易",
    "我们那边怎么没有",
    "沙发",
    "顶一个",
    "转发了",
    "这才是为人民服务",
    "请问具体在哪里报名？",
    "加油！",
    "形式主义少一点就好了",
)
TW_COMMENTS = ("推", "真的假的", "辛苦了", "這個好", "政府加油", "笑死", "樓上說得對", "已分享")
KEYWORDS = ("疫情", "油价", "天气预报", "高考", "医保", "房价", "五一假期", "新能源车", "养老金")
BRANDS = ("葡京", "金沙", "威尼斯人", "永利", "皇冠", "太阳城", "银河", "亚博", "新濠", "博狗")
EN_WORDS = ("news", "info", "view", "live", "home", "world", "daily", "post", "times")

# --- furniture templates ----------------------------------------------------------------------
# Slots: {site} {domain} {app} {city} {prov} {abbr} {capital} {date} {cdate} {md} {sdate}
# {dot} {year} {wd} {time} {hm} {n} {k} {big} {wan} {phone} {tel} {qq} {handle} {email}
# {url} {purl} {img} {name} {source} {title} {channel} {col} {tag} {kw} {weather} {temp} {p} {pp}
# {dur} {ver} {comment} {user} {brand} {tw} {hk} {sea} {west} {icp} {beian}

GENERIC: dict[str, tuple[str, ...]] = {
    "masthead": (
        "{site}",
        "{site} {domain}",
        "{site}——{channel}频道",
        "{site}_{channel}",
        "欢迎访问{site}",
        "{site} 权威 · 公信 · 责任",
    ),
    "date_weather": (
        "今天是{cdate} 星期{wd}",
        "{cdate} 星期{wd} {city} {weather} {temp}",
        "{city}：{weather} {temp} 空气质量：良",
        "{date} 农历三月初{k} 星期{wd}",
    ),
    "login_bar": (
        "登录 | 注册",
        "您好，欢迎来到{site}！ 请登录 免费注册",
        "登录 注册 我的收藏 意见反馈",
        "手机版 | 登录 | 注册 | 设为首页 | 加入收藏",
    ),
    "search_bar": (
        "搜索",
        "请输入关键字 搜索",
        "热搜：{kw} {kw} {kw}",
        "站内搜索 新闻 图片 视频",
    ),
    "nav_row": (
        "首页 新闻 国内 国际 社会 财经 科技 体育 娱乐 汽车 房产 视频",
        "首页 | 时政 | 评论 | 地方 | 图片 | 视频 | 专题 | 数据",
        "新闻 财经 科技 体育 娱乐 时尚 汽车 房产 教育 旅游 健康 更多",
        "首页 > 要闻 > 本地 > 民生 > 法治 > 文旅",
    ),
    "sub_nav": (
        "{channel}首页 | 滚动 | 专题 | 图片 | 评论",
        "要闻 县区 部门 乡镇 视频 图片",
        "国内 | 国际 | 社会 | 军事 | 港澳台 | 评论",
    ),
    "breadcrumb": (
        "当前位置：首页 > {channel} > 正文",
        "首页 > {channel} > {city}",
        "您的位置：{site} > 新闻中心 > {channel}",
        "{site} > {channel} > 正文",
        "位置：首页 >> {channel} >> 内容",
    ),
    "meta_row": (
        "{date} {time} 来源：{source}",
        "发布时间：{date} {time} 来源：{source} 作者：{name}",
        "{source} {date} {hm}",
        "来源：{source} | {date} {time} | 阅读：{big}",
        "{cdate} {hm} | 来源：{source} | 编辑：{name}",
        "时间：{date} {time}  浏览次数：{big}",
    ),
    "byline_box": (
        "记者：{name}",
        "文/{name} 图/{name}",
        "记者 {name} 通讯员 {name}",
        "作者：{name}",
        "{site}记者 {name} 实习生 {name}",
    ),
    "font_bar": (
        "字号：大 中 小",
        "【字体：大 中 小】 【打印】 【关闭】",
        "A+ A- 打印 收藏",
        "分享 | 打印 | 纠错 | 关闭",
    ),
    "stats_row": (
        "{big}人参与 {n}条评论",
        "阅读 {wan} 点赞 {n}",
        "已有{n}人浏览",
        "{n}评论 {k}收藏",
    ),
    "audio_player": (
        "听新闻",
        "00:00 / {dur}",
        "播放 暂停 语速 1.0x",
        "AI朗读 点击收听",
    ),
    "app_banner": (
        "打开{app}，阅读体验更佳",
        "下载{app} 看更多资讯",
        "{app}内打开",
        "用{app}看，更清晰",
    ),
    "ticker": (
        "滚动：{title}",
        "快讯 | {title}",
        "最新：{title} {hm}",
    ),
    "ad_label": ("广告", "— 广告 —", "AD", "推广", "广告 ×", "赞助内容"),
    "continue_reading": (
        "展开全文",
        "点击查看全文",
        "阅读全文",
        "展开剩余{k}0%",
        "查看更多",
        "↓ 继续阅读 ↓",
    ),
    "image_credit": (
        "（{name} 摄）",
        "图片来源：{source}",
        "资料图（图片来源：视觉中国）",
        "▲图片来源：网络",
        "记者 {name} 摄",
        "图/{source}",
        "（图片由受访者提供）",
        "图源：{site}",
    ),
    "video_player": (
        "00:00 / {dur}",
        "视频加载中，请稍候...",
        "您的浏览器不支持 video 标签。",
        "播放 全屏 静音 {dur}",
        "点击播放视频",
        "视频：{title}",
    ),
    "inline_related": (
        "相关新闻：{title}",
        "推荐阅读：{title}",
        "▶ 延伸阅读：{title}",
        "【相关阅读】{title}",
        ">>>{title}",
    ),
    "paywall": (
        "订阅后可阅读全文",
        "本文为会员专享内容，登录后继续阅读",
        "开通VIP 解锁全文",
        "剩余{k}0%内容，付费后可查看",
    ),
    "page_turner": (
        "上一页 1 2 3 下一页",
        "第{p}页 共{pp}页",
        "< 上一页 | 下一页 >",
        "下一页",
        "首页 上一页 {p} 下一页 尾页",
    ),
    "gallery_counter": ("{p}/{pp}", "< 上一张 {p}/{pp} 下一张 >", "查看原图", "点击图片进入下一页"),
    "app_prompt": (
        "打开APP 阅读更多精彩内容",
        "APP内查看更多精彩内容",
        "扫码下载{app}，看更多现场视频",
        "打开{app}，查看更多高清图片",
    ),
    "editor_credit": (
        "责任编辑：{name}",
        "（编辑：{name}）",
        "【责任编辑：{name}】",
        "编辑：{name} 审核：{name}",
        "校对：{name} 责编：{name}",
        "（责任编辑：{name}_NN{k}{k}）",
        "值班编辑：{name}",
    ),
    "source_line": (
        "来源：{source}",
        "本文来源：{source}",
        "文章来源：{source} 作者：{name}",
        "原标题：{title}",
        "来源：{source} 原标题：{title}",
    ),
    "reprint_notice": (
        "转载请注明出处。",
        "本文为{site}原创，未经授权不得转载。",
        "凡注明“来源：{site}”的作品，版权均属{site}所有，未经授权不得转载。",
        "未经许可，禁止转载",
    ),
    "disclaimer": (
        "声明：本文仅代表作者个人观点，与{site}无关。",
        "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
        "免责声明：本站转载的文章仅供参考，如有侵权请联系删除。",
    ),
    "share_bar": (
        "分享到：微博 微信 QQ空间",
        "分享到： 新浪微博 微信 QQ 复制链接",
        "分享：",
        "微信扫一扫 分享到朋友圈",
        "分享 收藏 评论",
    ),
    "like_bar": (
        "点赞 {n}",
        "赞({n}) 踩({k})",
        "好文章，需要你的鼓励",
        "喜欢 {n} 收藏 {k} 分享",
        "觉得不错，点个赞吧",
    ),
    "related_head": ("相关新闻", "相关阅读", "延伸阅读", "更多精彩", "猜你喜欢", "推荐阅读"),
    "related_item": ("· {title}", "{title} {md}", "{title}", "• {title}", "{title}  {date}"),
    "ranking_head": ("热点排行", "24小时热门", "排行榜", "点击排行", "热门推荐"),
    "ranking_item": ("{k} {title}", "{k}. {title}", "{title} {wan}阅读", "TOP{k} {title}"),
    "comment_head": (
        "网友评论",
        "已有{n}条评论 我要评论",
        "全部评论（{n}）",
        "热门评论",
        "评论 {n}",
    ),
    "comment_item": (
        "{user}：{comment}",
        "{user} {md} {hm} {comment}",
        "{comment} 回复 赞{k}",
        "{anyprov}网友：{comment}",
    ),
    "comment_form": (
        "文明上网，理性发言",
        "发表评论 请先登录",
        "我来说两句",
        "请输入评论内容 发表",
        "网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述",
    ),
    "copyright": (
        "Copyright © {year} {site} All Rights Reserved",
        "版权所有 © {site} 未经授权禁止复制",
        "Copyright©1999-{year} {domain} 版权所有",
        "{site}版权所有 Copyright © {year}",
        "© {year} {site}",
    ),
    "icp_licence": (
        "{icp}",
        "ICP备案号：{icp}",
        "互联网新闻信息服务许可证：{abbr}{big}{k}",
        "信息网络传播视听节目许可证：{big}{big}号",
        "增值电信业务经营许可证：{abbr}B2-20{k}0{n}",
    ),
    "police_record": ("{beian}", "公安备案号：{beian}"),
    "report_hotline": (
        "违法和不良信息举报电话：{tel}",
        "举报邮箱：{email}",
        "互联网违法和不良信息举报中心",
        "网上有害信息举报专区",
        "未成年人举报热线：{tel}",
    ),
    "contact_block": (
        "地址：{city}市中山路{n}号 邮编：4{big}",
        "联系电话：{tel} 传真：{tel}",
        "新闻热线：{tel}",
        "广告热线：{tel}",
        "投稿邮箱：{email}",
    ),
    "app_qr": (
        "扫描二维码下载{app}",
        "关注{site}微信公众号",
        "扫码关注我们",
        "{site}官方微博 | 微信 | 抖音号",
        "下载{app}客户端",
    ),
    "tag_row": (
        "标签：{tag} {tag} {tag}",
        "关键词：{tag}、{tag}",
        "#{tag} #{tag}",
        "本文标签：{tag}",
    ),
    "footer_links": (
        "关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明",
        "网站简介 - 广告服务 - 招聘信息 - 版权声明 - 联系方式",
        "关于我们 | 投稿须知 | 隐私政策 | 用户协议",
    ),
    "feedback_link": ("纠错", "我要纠错", "意见反馈", "举报"),
    "back_to_top": ("返回顶部", "回到顶部", "TOP", "返回首页"),
    "end_mark": ("（完）", "【完】", "-END-", "END"),
    "cookie_notice": (
        "本网站使用Cookie以提升浏览体验，继续浏览即表示您同意我们的Cookie政策。 接受",
        "我们使用cookies来改善您的体验。了解更多 同意",
    ),
}

FAMILY_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "portal_cn": {
        "masthead": (
            "{site}新闻中心",
            "{site} > 新闻 > 正文",
            "{site}首页 新闻 体育 娱乐 财经 科技 汽车 房产",
            "{site}_{channel}_{site}网",
        ),
        "login_bar": ("登录", "通行证 登录 注册 退出", "我的{site} 消息 登录"),
        "hot_search": (
            "{site}热搜 1 {title} 2 {title}",
            "热搜榜 {kw} 热 {kw} 新",
            "大家都在搜：{kw}",
            "热门话题 #{kw}#",
        ),
        "meta_row": (
            "{date} {time} {site}新闻 {source}",
            "{source} {date} {hm} 发表于{prov}",
            "{date} {hm}  {source}官方账号",
            "举报 {date} {time} 来源: {source}",
        ),
        "self_media_card": (
            "{source} 关注",
            "{n}万粉丝 · 资讯领域创作者",
            "+关注 私信",
            "已关注 {wan}粉丝 {n}文章",
        ),
        "recommend_feed": (
            "为你推荐",
            "{title} {source} {n}评论",
            "{title} 广告",
            "换一换",
            "加载更多",
        ),
        "editor_credit": ("责任编辑：{name} NN{k}{k}{k}", "（责任编辑：{name}_B{k}{k}{k}{k}）"),
        "comment_item": (
            "{site}{prov}网友 [{user}] {comment}",
            "{user} {prov} {md} {hm} {comment} 回复 {k}",
        ),
        "copyright": (
            "Copyright © 1998-{year} {domain} All Rights Reserved",
            "{site}公司 版权所有",
        ),
    },
    "central_media": {
        "masthead": (
            "{site}——{slogan}",
            "{site} {domain} 中文 English",
            "{site}客户端",
            "{site}>>{channel}频道",
        ),
        "sub_nav": ("时政 | 国际 | 军事 | 社会 | 港澳 | 台湾 | 华人 | 财经 | 理论",),
        "meta_row": (
            "{date} {time} 来源：{site}",
            "{cdate}{hm} 来源：{site}-{channel}",
            "{date} {hm} 来源：{source} 参与互动",
            "{site} {date} {time} 作者：{name} 责编：{name}",
        ),
        "epaper_page": (
            "《{site}》（{date} 第 0{k} 版）",
            "（来源：{site}-{site}报）",
            "本报记者 {name}",
            "【纸质版】第{k}版：要闻",
        ),
        "editor_credit": (
            "（责编：{name}、{name}）",
            "【编辑：{name}】",
            "【纠错】【责任编辑：{name}】",
        ),
        "lang_versions": (
            "中文 | English | Français | Русский | Español | العربية",
            "简体 | 繁体 | English",
        ),
        "copyright": (
            "{site}版权所有，未经书面授权禁止使用",
            "Copyright © {year} by {domain}. all rights reserved.",
        ),
        "app_qr": ("{site}客户端下载", "扫码下载{app} 随时随地看新闻"),
    },
    "metro_daily": {
        "masthead": ("{site}·{city}", "{site}网 {slogan}", "{site} 数字报"),
        "epaper_page": (
            "{site} {date} 第A{k}版：{channel}",
            "A{k}版：城事 上一版 下一版",
            "版面导航 上一期 下一期",
            "第{ver}版 {channel} PDF下载",
        ),
        "hotline_promo": (
            "爆料热线：{tel}",
            "{site}新闻热线 {tel} 24小时接受新闻线索",
            "有新闻线索？请拨打{tel}或发微信{handle}",
        ),
        "byline_box": (
            "首席记者 {name}",
            "{site}记者 {name} 文/图",
            "本报记者 {name} 实习生 {name}",
        ),
    },
    "provincial_party": {
        "masthead": (
            "{prov}日报",
            "{prov}日报网 {domain}",
            "{prov}网——{prov}日报报业集团主办",
            "{prov}省委机关报",
        ),
        "party_banner": (
            "学习宣传贯彻党的二十大精神",
            "专题：奋进新征程 建功新时代",
            "{prov}省疫情防控专题",
            "网上群众路线 | 领导留言板",
        ),
        "epaper_page": (
            "{prov}日报 {cdate} 第{k}版",
            "版次：0{k} 作者：{name}",
            "第0{k}版：要闻 本版编辑：{name}",
        ),
        "editor_credit": ("（本版编辑：{name}）", "[责任编辑：{name}]"),
    },
    "city_portal": {
        "masthead": (
            "大{city}网",
            "{city}新闻网 {domain}",
            "{city}在线 — {city}城市门户",
            "{city}之窗",
        ),
        "nav_row": (
            "首页 本地 县区 民生 教育 房产 汽车 健康 论坛 便民",
            "新闻 | 政务 | 旅游 | 美食 | 招聘 | 房产 | 二手",
        ),
        "forum_links": (
            "{city}论坛 热帖：{title}",
            "进入{city}论坛参与讨论",
            "【网友爆料】{title}",
        ),
        "convenience_bar": (
            "便民查询：公交 违章 天气 社保 公积金",
            "{city}限行尾号：{k}和{p}",
            "{city}今日油价 92号 {k}.{k}{k}元/升",
        ),
    },
    "finance_media": {
        "masthead": ("{site}财经", "{site} 财经频道 {domain}", "{site}·证券"),
        "stock_ticker": (
            "上证指数 3{k}{k}{k}.{k}{k} +0.{k}{k}%",
            "深证成指 1{k}{k}{k}{k}.{k}{k} -0.{k}{k}%",
            "恒生指数 2{k}{k}{k}{k} +{k}{k}{k}.{k}{k}",
            "行情 | 自选股 | 资金流向 | 数据中心",
        ),
        "risk_warning": (
            "风险提示：市场有风险，投资需谨慎。本文不构成投资建议。",
            "郑重声明：{site}发布此信息的目的在于传播更多信息，与本站立场无关。",
            "投资有风险，入市需谨慎",
        ),
        "related_head": ("相关个股", "相关资讯", "热门个股"),
        "app_qr": ("下载{app}，实时行情随时看", "开户有礼，扫码下载{app}"),
    },
    "tw_portal": {
        "masthead": (
            "Yahoo奇摩新聞",
            "{site} 新聞",
            "{site} | {channel}",
            "LINE TODAY",
            "{site}首頁 信箱 股市 新聞 氣象 購物",
        ),
        "login_bar": ("登入", "登入 / 註冊", "登入以管理追蹤內容"),
        "nav_row": (
            "首頁 焦點 政治 社會 國際 兩岸 財經 娛樂 運動 生活 健康",
            "新聞 娛樂 運動 財經 購物 拍賣 氣象",
            "首頁 即時 熱門 影音 地方 專題",
        ),
        "meta_row": (
            "{source} {year}年{md} 週{wd} 下午{hm}",
            "{source}記者{name}／{tw}報導",
            "{year}年{md} 上午{hm} · {k} 分鐘 (閱讀時間)",
            "{source}  {date} {hm}",
        ),
        "ad_label": ("廣告", "贊助內容", "Advertisement", "廣告 ・ 不感興趣"),
        "continue_reading": ("繼續閱讀", "看更多", "閱讀完整內容", "展開全文"),
        "inline_related": (
            "延伸閱讀：{title}",
            "【延伸閱讀】{title}",
            "更多{source}報導",
            "▸ {title}",
        ),
        "share_bar": ("分享 Facebook Line Twitter", "分享 複製連結", "按讚加入粉絲團"),
        "like_bar": ("心情 {n} 喜歡 {k} 讚", "我要分享 {n}"),
        "related_head": ("相關新聞", "更多新聞", "熱門新聞", "為你推薦"),
        "comment_head": ("留言 {n}", "加入對話", "登入以留言"),
        "comment_form": ("請遵守社群規範", "新增留言…"),
        "comment_item": ("{user} · {k}小時前 {twcomment}", "{user} {twcomment}"),
        "copyright": (
            "© {year} Yahoo. 版權所有。",
            "© LY Corporation",
            "本網站內容由{source}提供，未經授權不得轉載",
        ),
        "footer_links": (
            "服務條款 隱私權政策 說明 提供意見 廣告",
            "使用條款 | 隱私權 | 關於我們 | 徵才",
        ),
        "line_follow": ("加入LINE好友", "追蹤{source}", "訂閱{source}YouTube頻道"),
    },
    "tw_paper": {
        "masthead": (
            "{site}",
            "{site} 即時新聞",
            "{site} | {channel}",
            "{site} 最新 熱門 政治 社會 國際",
        ),
        "date_weather": ("{year}/{mmdd} 週{wd}", "{tw} {temp} {weather}"),
        "login_bar": ("會員登入", "登入 / 註冊 會員中心", "訂閱 登入"),
        "nav_row": (
            "即時 要聞 娛樂 運動 全球 社會 地方 產經 股市 房市 健康 生活",
            "首頁 政治 社會 生活 國際 地方 論壇 財經 娛樂 體育",
            "新聞 影音 直播 專題 氣象 電子報",
        ),
        "breadcrumb": ("首頁 > {channel} > 即時", "{site} > {channel}", "首頁 / {channel} / 綜合"),
        "meta_row": (
            "{date} {hm}",
            "{year}/{mmdd} {hm}",
            "記者{name}／{tw}報導",
            "{site} 記者{name}／綜合報導",
            "{date} {hm} 中央社",
            "更新時間：{year}/{mmdd} {hm}",
        ),
        "font_bar": ("字級 小 中 大", "列印 字級", "A A A"),
        "image_credit": (
            "圖／取自{source}",
            "（圖／記者{name}攝）",
            "圖：翻攝臉書",
            "資料照／{source}",
            "圖為示意圖。（取自pixabay）",
        ),
        "ad_label": ("廣告", "（廣告）", "贊助商連結"),
        "inline_related": ("延伸閱讀", "▸ 延伸閱讀：{title}", "相關新聞：{title}", "★{title}"),
        "paywall": (
            "本文為會員專屬內容，立即訂閱看完整報導",
            "付費訂閱 解鎖全文",
            "登入會員即可繼續閱讀",
        ),
        "editor_credit": ("責任編輯：{name}", "（編輯：{name}）", "責任主編：{name}"),
        "source_line": ("原文出處：{source}", "資料來源：{source}", "本文轉載自{source}"),
        "share_bar": ("分享 Facebook LINE 複製連結", "分享到臉書 分享到LINE", "訂閱電子報"),
        "tag_row": ("#{tag} #{tag} #{tag}", "相關關鍵字：{tag} {tag}", "標籤：{tag}"),
        "related_head": ("猜你喜歡", "熱門新聞", "相關新聞", "最新新聞"),
        "copyright": (
            "{site}版權所有 © {year} All rights reserved.",
            "Copyright © {year} {site}",
            "未經授權，不得轉載",
        ),
        "contact_block": ("客服專線：{twtel}", "新聞信箱：{email}", "地址：{tw}市中正路{n}號"),
        "newsletter": ("訂閱電子報", "立即訂閱{site}電子報", "加入會員，享受更多功能"),
        "app_qr": ("下載{site}App", "立即下載{site}APP", "按讚追蹤{site}粉絲專頁"),
        "footer_links": ("關於我們 | 隱私權政策 | 著作權聲明 | 廣告刊登 | 聯絡我們",),
    },
    "hk_paper": {
        "masthead": (
            "{site}",
            "{site}網",
            "{site} | {channel}",
            "{site}新聞網 即時新聞 要聞 港聞",
        ),
        "date_weather": ("{cdate} 星期{wd}", "{hk} {temp} {weather}"),
        "login_bar": ("登入", "登入 | 登記", "會員登入 訂閱"),
        "nav_row": (
            "即時 港聞 要聞 經濟 國際 兩岸 體育 娛樂 副刊 社評",
            "主頁 新聞 財經 地產 生活 娛樂 體育 影片",
            "港聞 社會 政治 突發 法庭 教育 醫療",
        ),
        "meta_row": (
            "{date} {hm}",
            "發佈日期：{date} {hm}",
            "最後更新：{date} {hm}",
            "撰文：{name} 發佈：{hm} {date}",
            "{hm} {date} 更新",
        ),
        "image_credit": (
            "（資料圖片）",
            "（{name}攝）",
            "資料圖片",
            "（網上圖片）",
            "相片：{name}",
        ),
        "ad_label": ("廣告", "- 廣告 -", "贊助"),
        "continue_reading": ("繼續閱讀", "閱讀全文", "下一則："),
        "inline_related": ("相關新聞：{title}", "【相關新聞】", "延伸閱讀：{title}"),
        "paywall": (
            "本內容只供訂戶閱讀，請登入或訂閱",
            "訂閱{site}數碼版，即可閱讀全文",
            "成為會員，無限閱讀",
        ),
        "editor_credit": ("（編輯：{name}）", "責任編輯：{name}"),
        "share_bar": ("分享： WhatsApp Facebook 電郵", "分享 列印 字體大小"),
        "related_head": ("相關新聞", "熱門新聞", "最新文章", "編輯推介"),
        "copyright": (
            "© {year} {site}有限公司 版權所有",
            "版權所有 不得轉載",
            "Copyright © {year} {site}. All rights reserved.",
        ),
        "footer_links": ("關於我們 | 私隱政策 | 免責聲明 | 廣告查詢 | 聯絡我們",),
        "print_edition": (
            "{site} 今日報章 {channel}",
            "（{site}印刷版 A{k}）",
            "日報 要聞 港聞 社評",
        ),
        "app_qr": ("下載{site}App", "追蹤{site} Instagram", "立即下載{site}新聞App"),
    },
    "sea_paper": {
        "masthead": (
            "联合早报 {channel}",
            "{site} | {sea}",
            "{site}网 {domain}",
            "{site} 即时 国内 国际 财经 娱乐",
        ),
        "nav_row": (
            "即时 新加坡 中国 国际 财经 言论 副刊 视频",
            "国内 全国 地方 国际 财经 娱乐 体育 言路 副刊",
            "首页 大马 国际 亚洲 财经 运动 娱乐 生活",
        ),
        "meta_row": (
            "发布 / {date} {hm}",
            "{site} {cdate}",
            "{date} {hm} 更新",
            "{name} 报道 | {sea}",
            "{cdate} 上午{hm}",
        ),
        "ad_label": ("广告", "Advertisement", "Sponsored"),
        "paywall": (
            "订阅{site}数码版 阅读全文",
            "此内容为会员专属，请登入或注册",
            "{site}电子报 马上订阅",
        ),
        "inline_related": ("相关新闻：{title}", "【相关新闻】{title}", "阅读更多：{title}"),
        "share_bar": ("分享：Facebook WhatsApp Telegram", "分享到 Facebook 复制链接", "文字大小"),
        "membership": ("登入 | 注册", "订阅{site}新闻简报", "加入{site}会员 每日新闻免费读"),
        "copyright": (
            "© {year} SPH Media Limited.",
            "{site} 版权所有 © {year}",
            "MCI (P) {n}/0{k}/{year}",
        ),
        "related_head": ("热门新闻", "相关新闻", "热门", "更多"),
        "footer_links": ("关于我们 | 联络我们 | 隐私政策 | 使用条款 | 广告",),
    },
    "overseas_paper": {
        "masthead": (
            "{site} {west}",
            "{site}网 北美 欧洲 华人 新闻",
            "{site} | 华人新闻 生活 资讯",
            "{site}——服务{west}华人",
        ),
        "nav_row": (
            "首页 {west} 美国 加拿大 中国 台湾 香港 移民 房产 教育 分类",
            "新闻 华人 生活 分类广告 黄页 招聘 论坛",
            "要闻 | 华社 | 侨界 | 移民 | 留学 | 社区活动",
        ),
        "meta_row": (
            "{date} {hm} 美东时间",
            "{site}记者{name}／{west}报导",
            "发表于 {date} {hm} · {n}阅读",
            "{west}时间 {date}",
        ),
        "classified": (
            "分类广告：{west}中餐馆诚聘厨师 电话 {ustel}",
            "{west}房屋出租 近地铁 {ustel}",
            "刊登分类广告 | 黄页 | 二手买卖",
            "华人律师 移民 绿卡 {ustel}",
        ),
        "ad_label": ("广告", "Advertisement", "Sponsored Content"),
        "newsletter": ("订阅电子报", "Subscribe 订阅{site}每日简报", "注册会员 获取最新新闻推送"),
        "copyright": ("© {year} {site} Inc. All rights reserved.", "Copyright {year} {site}"),
        "contact_block": ("联系我们：{email}", "广告部：{ustel}", "社址：{n} Main Street, {west}"),
        "cookie_notice": (
            "We use cookies to improve your experience. Accept",
            "本网站使用 cookies，继续使用即表示同意",
        ),
    },
    "broadcaster": {
        "masthead": (
            "{site} - {site}中文",
            "{site}中文网 简 | 繁",
            "{site}中文 - 新闻、分析与评论",
            "{site} 中文",
            "跳过内容",
        ),
        "lang_switch": (
            "简体中文 | 繁體中文",
            "切换至繁体 切換至簡體",
            "中文 English Deutsch Français 日本語",
            "其他语言版本",
        ),
        "nav_row": (
            "主页 国际 中国 两岸 英国 经济 科技 视频 图辑 听广播",
            "主题 | 视频 | 专题 | 音频 | 深度报道",
            "新闻 中国 国际 评论 专题 视频 广播节目",
        ),
        "meta_row": (
            "{cdate}",
            "{date} 更新 {name} {site}中文",
            "作者：{name} 发布时间：{cdate}",
            "{site}中文 {date}",
            "图像来源，Getty Images",
        ),
        "image_credit": (
            "图像来源，Getty Images",
            "图像加注文字，{source}",
            "图片来源：Reuters",
            "（法新社）",
            "（美联社图片）",
            "图片说明：资料照片",
        ),
        "audio_player": ("收听本节目 {dur}", "下载音频 {n}MB", "播放音频 {dur}", "媒体播放器"),
        "continue_reading": ("文章继续", "跳过 推荐 并继续阅读", "推荐 结束"),
        "inline_related": (
            "您可能感兴趣的内容：",
            "相关内容：{title}",
            "• {title}",
            "更多相关报道：",
        ),
        "share_bar": ("分享 Facebook Twitter 电邮", "分享此页面", "复制链接"),
        "related_head": ("相关内容", "热门内容", "更多相关内容", "最多阅读"),
        "copyright": (
            "© {year} {site}. {site}对外部网站内容不负责任。",
            "版权所有 {site}",
            "© {year} {site}. All rights reserved.",
        ),
        "footer_links": ("使用条款 关于{site} 隐私政策 Cookies 联系{site}", "无障碍说明 | 帮助"),
        "cookie_notice": (
            "我们使用cookies提高网站使用体验。请继续浏览，或查看cookies政策。 接受 拒绝",
            "同意并继续 管理cookie设置",
        ),
        "vpn_notice": (
            "如何绕过网络审查访问{site}中文网",
            "下载{site}中文App，在中国境内亦可访问",
            "订阅{site}中文电子通讯",
        ),
    },
    "app_share": {
        "masthead": ("{app}", "{app} · 新闻", "{site}客户端", "{app} 打开"),
        "app_open_bar": (
            "打开{app}，查看更多精彩",
            "App内打开",
            "立即打开",
            "打开App，看更多相关内容",
            "已有{wan}用户下载",
        ),
        "meta_row": (
            "{source} {md} {hm}",
            "{source} · {prov} · {n}阅读",
            "{date} {hm} 发布于{prov}",
        ),
        "related_head": ("大家都在看", "更多推荐", "热门推荐"),
        "like_bar": ("赞 {n}", "{n}人点赞", "点赞 转发 评论"),
    },
    "reader_export": {
        "masthead": ("{site}", "阅读模式", "{domain}"),
        "reader_meta": (
            "URL: {purl}",
            "来源网址：{purl}",
            "保存于 {date} {time}",
            "预计阅读时间 {k} 分钟",
            "{n} 字 · 约 {k} 分钟",
            "Saved from {purl}",
            "Clipped on {date}",
        ),
        "print_footer": (
            "本页地址：{purl}",
            "打印本页 关闭窗口",
            "{purl} 第{p}页/共{pp}页",
            "{date} {hm} - {site}",
        ),
    },
    "markdown_page": {
        "masthead": (
            "[![{site}]({img})]({url})",
            "[{site}]({url})",
            "# {site}",
            "[跳到主要内容](#main)",
        ),
        "nav_row": (
            "* [首页]({url})",
            "[首页]({url}) [国内]({url}) [国际]({url}) [财经]({url}) [视频]({url})",
            "[登录]({url}) | [注册]({url})",
            "* [{channel}]({url})",
        ),
        "breadcrumb": (
            "[首页]({url}) > [{channel}]({url}) > 正文",
            "[{site}]({url}) / [{channel}]({url})",
        ),
        "md_image": (
            "![]({img})",
            "![{site}]({img})",
            "![图片]({img})",
            "[![]({img})]({url})",
            "![image]({img})",
        ),
        "inline_related": (
            "相关阅读：[{title}]({url})",
            "> 推荐阅读：[{title}]({url})",
            "[{title}]({url})",
        ),
        "share_bar": (
            "[微博]({url}) [微信]({url}) [QQ]({url})",
            "分享到：[Facebook]({url}) [Twitter]({url})",
        ),
        "related_item": ("* [{title}]({url})", "- [{title}]({url})", "1. [{title}]({url})"),
        "tag_row": ("[#{tag}]({url}) [#{tag}]({url})", "标签：[{tag}]({url})"),
        "copyright": ("Copyright © {year} [{site}]({url})", "© {year} {site} | [隐私政策]({url})"),
        "icp_licence": ("[{icp}](https://beian.miit.gov.cn/)",),
        "back_to_top": ("[返回顶部](#top)", "[↑ 回到顶部](#)"),
        "footer_links": ("[关于我们]({url}) | [联系我们]({url}) | [网站地图]({url})",),
    },
}

SLOGANS = ("权威发布", "有品质的新闻", "让新闻离你更近", "记录时代 服务大众", "主流媒体 新闻门户")

SPAM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "spam_gambling": (
        "{brand}娱乐城官网-{brand}app下载-{brand}注册送{k}88元",
        "澳门{brand}官方网站 首存彩金 {url}",
        "{brand}|{brand}娱乐|{brand}平台|{brand}官网入口",
        "六合彩开奖结果 今晚特马 {brand}资料大全",
        "体育投注 真人视讯 电子游艺 {brand}国际 {domainspam}",
        "百家乐 龙虎斗 牛牛 在线真人 {brand}会员登录",
    ),
    "spam_loan": (
        "无抵押贷款 当天下款 征信不好也能贷 微信：{handle}",
        "{city}私人借钱 {k}万秒到 电话{phone}",
        "信用卡套现 花呗提现 秒到账 V:{handle}",
        "{city}急用钱 身份证就能借 黑户可下 QQ{qq}",
    ),
    "spam_certificate": (
        "办理毕业证 学历认证 学信网可查 QQ{qq}",
        "{city}办证刻章 驾驶证 身份证 各类证件 {phone}",
        "代办{prov}职称证书 四六级 教师资格证 微信{handle}",
    ),
    "spam_escort": (
        "{city}同城上门服务 外围模特 微信{handle}",
        "{city}桑拿会所 高端商务伴游 {phone}",
        "{city}附近约 学生妹 {handle} 全套服务",
    ),
    "spam_invoice": (
        "代开{city}增值税发票 {phone} 王经理",
        "{prov}开发票-{city}代开普通发票-电话{phone}",
        "正规发票代开 点数低 微信同号{phone}",
    ),
    "spam_stuffing": (
        "{city}新闻,{city}今日新闻,{city}最新消息,{city}头条,{city}新闻网",
        "{kw}_{kw}最新消息_{kw}今天_{kw}新闻_{city}{kw}",
        "{city}快三,{city}快三开奖,{city}快三走势图,{brand}彩票",
        "{city}seo优化 {city}网站建设 {city}网络推广 {city}百度排名 {phone}",
    ),
}
TW_SPAM: dict[str, tuple[str, ...]] = {
    "spam_gambling": (
        "線上娛樂城 註冊送{k}00 LINE:{handle}",
        "台灣運彩 百家樂 老虎機 出金快速 {domainspam}",
        "六合彩 今彩539 明牌 報牌 加賴{handle}",
    ),
    "spam_loan": (
        "{tw}借錢 免保人 當日撥款 LINE ID：{handle}",
        "代辦信用貸款 負債整合 {twtel}",
    ),
    "spam_escort": ("{tw}外送茶 {tw}叫小姐 LINE:{handle}", "{hk}一樓一 援交 WhatsApp {handle}"),
}
SPAM_KINDS = ("spam_header", *SPAM_TEMPLATES)

# --- article templates (hard negatives) -------------------------------------------------------

HEADLINE_FORMS: tuple[str, ...] = (
    "{h}",
    "{h}",
    "{h}",
    "{h}",
    "{col}｜{h}",
    "{col} | {h}",
    "【{col}】{h}",
    "{md}｜{h}",
    "{h}（组图）",
    "{h}（附视频）",
    "视频｜{h}",
    "#{h}#",
    "{city}：{h}",
    "{h} | 图集",
    "原创 {h}",
    "Vlog｜{h}",
    "{h}——{city}一线见闻",
    "{col}·{h}",
    "「{col}」{h}",
    "{year}两会｜{h}",
    "No.{k} {h}",
)
TW_HEADLINE_FORMS: tuple[str, ...] = (
    "{h}",
    "{h}",
    "{h}",
    "影／{h}",
    "獨家／{h}",
    "{h}（圖）",
    "快訊／{h}",
    "{tw}／{h}",
    "【{col}】{h}",
    "{h}（多圖）",
)
OWN_HEADLINES: tuple[str, ...] = (
    "{city}：{k}个社区全面推行网格化管理",
    "{city}今年将新建{n}所幼儿园",
    "{prov}出台稳就业{k}条措施",
    "“菜篮子”稳了 {city}蔬菜日供应超{n}吨",
    "走进{city}隔离点：一天{k}顿饭送到门口",
    "{city}一季度GDP同比增长{k}.{k}%",
    "{k}天{n}公里！{city}志愿者接力送药",
    "{city}地铁{k}号线今日开通",
    "春耕正当时 {city}{n}万亩小麦长势喜人",
    "{city}发布暴雨黄色预警",
    "从“跑多次”到“跑一次” {city}政务服务提速",
    "{prov}{k}所高校入选“双一流”",
    "{city}开展“我为群众办实事”活动",
    "3.15在行动：{city}查处{n}起消费纠纷",
    "G{k}{k}高速{city}段恢复通行",
)
TW_HEADLINES: tuple[str, ...] = (
    "{tw}連假湧人潮 景點停車場爆滿",
    "{tw}市府推長者健康補助 {k}月起受理",
    "颱風外圍環流影響 {tw}防豪雨",
    "{tw}捷運延伸線通車 首日運量破{n}萬",
    "夜市攤商轉型 {tw}青年返鄉創業",
)
SUBHEADS: tuple[str, ...] = (
    "党员带头 冲锋在前",
    "织密防控网",
    "精准服务 暖心到家",
    "从“要我做”到“我要做”",
    "下一步怎么走？",
    "数据背后的民生温度",
    "一线直击",
    "专家解读",
    "群众点赞",
    "压实责任 守住底线",
    "“最后一公里”打通了",
    "记者手记",
    "24小时不打烊",
    "链接",
    "多方联动形成合力",
    "背景",
)
SUBHEAD_MARKS = ("plain", "cn", "paren", "arabic", "square", "bracket", "bar", "diamond", "ordinal")
CN_NUMBERS = "一二三四五六七八九十"
DATELINES: dict[str, tuple[str, ...]] = {
    "mainland": (
        "新华社{capital}{md}电（记者{name}）",
        "新华社{capital}{md}电 ",
        "中新网{city}{md}电（{name}）",
        "中新社{capital}{md}电 (记者 {name})",
        "{site}{city}{md}讯（记者{name}）",
        "人民网{capital}{md}电 ",
        "央视网消息：",
        "本报{city}{md}电（记者{name}）",
        "{md}，",
        "{city}讯 ",
    ),
    "tw": (
        "（中央社記者{name}{tw}{d}日電）",
        "中央社記者{name}{tw}{d}日電）",
        "〔記者{name}／{tw}報導〕",
        "記者{name}／{tw}報導",
        "（中央社{tw}{d}日綜合外電報導）",
    ),
    "hk": ("【明報專訊】", "（星島日報報道）", "【on.cc東網專訊】", "本報訊：", "【大公報訊】"),
    "sea": (
        "（{sea}讯）",
        "《联合早报》{name}报道",
        "（{sea}{d}日讯）",
        "（星洲网{sea}讯）",
        "（{sea}综合讯）",
    ),
    "west": (
        "（法新社巴黎{d}日电）",
        "（路透社{west}{md}电）",
        "（{site}{west}报道）",
        "【{site}{west}讯】",
    ),
}
FAMILY_DATELINES = {
    "tw_portal": "tw",
    "tw_paper": "tw",
    "hk_paper": "hk",
    "sea_paper": "sea",
    "overseas_paper": "west",
    "broadcaster": "west",
}
GLUED_TAILS: tuple[str, ...] = (
    "（完）",
    "（编辑：{name}）",
    "【责任编辑：{name}】",
    "（{site}记者 {name}）",
    "（本报记者 {name}）",
    "（{name}）",
    "（记者{name}）",
)
TW_GLUED_TAILS: tuple[str, ...] = (
    "（編輯：{name}）",
    "（中央社）",
    "（{name}／{tw}報導）",
    "〔{site}〕",
)
MENTIONS: tuple[str, ...] = (
    "居民只需扫码登记，即可在微信群里预约核酸检测时间，避免了排长队。",
    "为方便群众，{city}开通了“{city}发布”微信公众号和政务客户端，市民关注后可随时查询最新通告。",
    "不少老人不会用手机注册健康码，志愿者就挨家挨户上门帮忙登录、填报信息。",
    "“以前办事要跑好几趟，现在在客户端上点击几下就办好了。”市民{name}说。",
    "该县还通过微信、短信和大喇叭等方式，提醒群众不聚集、不串门。",
    "据介绍，相关申请表格可在县政府网站下载，也可到社区服务中心现场领取。",
    "工作人员提醒，群众可扫码关注官方账号，及时获取物资配送信息，切勿轻信网络谣言。",
    "针对部分网店侵犯版权、售卖盗版教辅的问题，执法人员依法进行了查处。",
    "截至目前，已有{n}户商家在平台注册，线上销售蔬菜{n}吨。",
    "当地还开发了小程序，菜农登录后点击“我要卖菜”，订单便自动推送到合作超市。",
    "“大家有困难就在群里说一声，看到了马上就办。”社区书记{name}告诉记者。",
    "该局在官方微博、抖音号同步发布了操作指南，下载量已超过{n}次。",
)
TW_MENTIONS: tuple[str, ...] = (
    "市府表示，民眾可下載「{tw}通」App登錄資料，或點擊官網連結線上申請。",
    "許多長輩不會使用LINE，里長只好一戶一戶上門協助註冊。",
    "業者提醒，消費者可掃描QR Code關注官方帳號，查詢最新優惠。",
    "他在臉書貼文中表示，相關影片版權屬於原作者，已主動下架。",
)
SHORT_PARAGRAPHS: tuple[str, ...] = (
    "这是一场与时间的赛跑。",
    "问题很快得到解决。",
    "现场秩序井然。",
    "一切都在有序推进。",
    "这样的场景每天都在上演。",
    "事情还要从{k}天前说起。",
    "截至发稿时，相关工作仍在进行中。",
    "他们做到了。",
    "答案是肯定的。",
    "群众的心，暖了。",
)
QUOTES: tuple[str, ...] = (
    "“请大家放心！”",
    "“辛苦了！”",
    "“没想到这么快。”{name}说。",
    "“我们一定守好这道关。”",
    "“值！”",
    "“感谢党和政府！”老人连声道谢。",
    "“再难也要干好。”",
)
TW_QUOTES: tuple[str, ...] = (
    "「真的很感謝大家。」",
    "「我們會持續關注。」他說。",
    "「不要再來了啦！」",
)

# --- families -----------------------------------------------------------------------------------

SITES: dict[str, tuple[str, ...]] = {
    "portal_cn": (
        "新浪新闻|news.sina.com.cn|新浪新闻App",
        "搜狐新闻|www.sohu.com|搜狐新闻客户端",
        "网易新闻|www.163.com|网易新闻客户端",
        "腾讯新闻|new.qq.com|腾讯新闻App",
        "凤凰网资讯|news.ifeng.com|凤凰新闻客户端",
        "看点资讯|kandian.{en}.com|看点App",
    ),
    "central_media": (
        "人民网|www.people.com.cn|人民日报客户端",
        "新华网|www.news.cn|新华社客户端",
        "央视网|news.cctv.com|央视新闻客户端",
        "光明网|www.gmw.cn|光明日报客户端",
        "中国新闻网|www.chinanews.com.cn|中新经纬App",
        "环球网|world.huanqiu.com|环球时报客户端",
    ),
    "metro_daily": (
        "{city}晚报|www.{en}wb.com|{city}晚报App",
        "{city}都市报|www.{en}dsb.cn|{city}都市报客户端",
        "{capital}商报|www.{en}sb.com|{capital}商报App",
        "{city}日报|www.{en}rb.com.cn|掌上{city}",
        "大河报|www.dahebao.cn|大河报·豫视频",
    ),
    "provincial_party": (
        "{prov}日报|www.{en}daily.com.cn|{prov}日报客户端",
        "{prov}网|www.{en}.gov-news.cn|{prov}+",
        "{prov}省人民政府网|www.{en}.gov.cn|{prov}政务App",
    ),
    "city_portal": (
        "大{city}网|www.{en}.net|大{city}App",
        "{city}新闻网|www.{en}news.cn|{city}发布",
        "{city}在线|www.{en}online.com|{city}通",
    ),
    "finance_media": (
        "第一财经|www.yicai.com|第一财经App",
        "东方财富网|finance.eastmoney.com|东方财富App",
        "证券时报网|www.stcn.com|证券时报App",
        "和讯网|news.hexun.com|和讯财经",
        "每日经济新闻|www.nbd.com.cn|每经App",
    ),
    "tw_portal": (
        "Yahoo奇摩新聞|tw.news.yahoo.com|Yahoo奇摩新聞App",
        "LINE TODAY|today.line.me|LINE",
        "PChome新聞|news.pchome.com.tw|PChome",
        "HiNet新聞|times.hinet.net|HiNet生活誌",
    ),
    "tw_paper": (
        "聯合新聞網|udn.com|聯合新聞網App",
        "中時新聞網|www.chinatimes.com|中時新聞網App",
        "自由時報電子報|news.ltn.com.tw|自由時報App",
        "ETtoday新聞雲|www.ettoday.net|ETtoday新聞雲App",
        "三立新聞網|www.setn.com|三立新聞網App",
        "TVBS新聞網|news.tvbs.com.tw|TVBS新聞App",
    ),
    "hk_paper": (
        "明報新聞網|news.mingpao.com|明報App",
        "星島日報|www.stheadline.com|星島頭條App",
        "東網|hk.on.cc|on.cc東網",
        "香港01|www.hk01.com|香港01 App",
        "香港經濟日報|www.hket.com|HKET App",
    ),
    "sea_paper": (
        "联合早报|www.zaobao.com.sg|联合早报App",
        "星洲日报|www.sinchew.com.my|星洲日报App",
        "光华日报|www.kwongwah.com.my|光华日报App",
        "中国报|www.chinapress.com.my|中国报App",
        "东方日报|www.orientaldaily.com.my|东方日报App",
    ),
    "overseas_paper": (
        "世界日报|www.worldjournal.com|世界日报App",
        "星岛日报北美版|www.singtaousa.com|星岛App",
        "明报加西版|www.mingpaocanada.com|明报App",
        "欧洲时报|www.oushinet.com|欧洲时报App",
        "侨报网|www.uschinapress.com|侨报App",
        "澳洲新快网|www.{en}au.com|新快App",
    ),
    "broadcaster": (
        "BBC News 中文|www.bbc.com/zhongwen|BBC中文App",
        "德国之声|www.dw.com/zh|DW App",
        "法国国际广播电台|www.rfi.fr/cn|RFI Pure radio",
        "美国之音|www.voachinese.com|VOA App",
        "NHK WORLD-JAPAN|www3.nhk.or.jp/nhkworld/zh|NHK WORLD App",
        "日经中文网|cn.nikkei.com|日经中文网App",
        "韩联社|cn.yna.co.kr|韩联社App",
    ),
    "app_share": (
        "今日头条|m.toutiao.com|今日头条",
        "澎湃新闻|m.thepaper.cn|澎湃新闻App",
        "{prov}日报|m.{en}daily.cn|{prov}日报客户端",
        "网易新闻|c.m.163.com|网易新闻",
        "极目新闻|m.ctdsb.net|极目新闻客户端",
    ),
    "reader_export": (
        "{city}日报|www.{en}rb.com.cn|{city}日报",
        "新浪新闻|news.sina.com.cn|新浪新闻",
        "联合早报|www.zaobao.com.sg|联合早报",
        "人民网|www.people.com.cn|人民网",
    ),
    "markdown_page": (
        "{city}新闻网|www.{en}news.cn|{city}发布",
        "凤凰网|news.ifeng.com|凤凰新闻",
        "中国新闻网|www.chinanews.com.cn|中新网",
        "{prov}日报|www.{en}daily.com.cn|{prov}日报",
        "世界日报|www.worldjournal.com|世界日报",
    ),
}

TOP_CN: tuple[Part, ...] = (
    ("masthead", 0.93, 1, 1),
    ("date_weather", 0.3, 1, 1),
    ("login_bar", 0.35, 1, 1),
    ("search_bar", 0.25, 1, 1),
    ("nav_row", 0.7, 1, 2),
    ("sub_nav", 0.25, 1, 1),
    ("breadcrumb", 0.5, 1, 1),
)
UNDER_CN: tuple[Part, ...] = (
    ("meta_row", 0.8, 1, 2),
    ("byline_box", 0.25, 1, 1),
    ("font_bar", 0.2, 1, 1),
    ("stats_row", 0.15, 1, 1),
    ("audio_player", 0.12, 1, 2),
)
INNER_CN: tuple[Part, ...] = (
    ("ad_label", 0.3, 1, 2),
    ("image_credit", 0.4, 1, 3),
    ("video_player", 0.12, 1, 2),
    ("inline_related", 0.25, 1, 2),
    ("continue_reading", 0.15, 1, 1),
    ("page_turner", 0.08, 1, 1),
)
TAIL_CN: tuple[Part, ...] = (
    ("end_mark", 0.1, 1, 1),
    ("editor_credit", 0.65, 1, 1),
    ("source_line", 0.3, 1, 1),
    ("reprint_notice", 0.2, 1, 1),
    ("disclaimer", 0.12, 1, 1),
    ("tag_row", 0.2, 1, 1),
    ("share_bar", 0.45, 1, 1),
    ("like_bar", 0.2, 1, 1),
    ("feedback_link", 0.1, 1, 1),
    ("related", 0.45, 3, 7),
    ("comments", 0.25, 1, 4),
    ("ranking", 0.25, 3, 6),
)
BOTTOM_CN: tuple[Part, ...] = (
    ("app_qr", 0.3, 1, 2),
    ("footer_links", 0.4, 1, 1),
    ("copyright", 0.7, 1, 1),
    ("icp_licence", 0.5, 1, 2),
    ("police_record", 0.35, 1, 1),
    ("report_hotline", 0.3, 1, 2),
    ("contact_block", 0.25, 1, 3),
    ("back_to_top", 0.15, 1, 1),
)


def adds(base: tuple[Part, ...], *extra: Part, drop: tuple[str, ...] = ()) -> tuple[Part, ...]:
    """A layout with ``extra`` parts (replacing same-named ones) and without ``drop``."""
    names = {part[0] for part in extra} | set(drop)
    return tuple(part for part in base if part[0] not in names) + extra


TOP_TW: tuple[Part, ...] = (
    ("masthead", 0.93, 1, 1),
    ("date_weather", 0.2, 1, 1),
    ("login_bar", 0.35, 1, 1),
    ("nav_row", 0.7, 1, 2),
    ("breadcrumb", 0.35, 1, 1),
)
TAIL_WORLD: tuple[Part, ...] = (
    ("editor_credit", 0.35, 1, 1),
    ("source_line", 0.2, 1, 1),
    ("tag_row", 0.3, 1, 1),
    ("share_bar", 0.5, 1, 1),
    ("related", 0.5, 3, 6),
    ("comments", 0.15, 1, 3),
)
BOTTOM_WORLD: tuple[Part, ...] = (
    ("app_qr", 0.3, 1, 1),
    ("footer_links", 0.5, 1, 1),
    ("copyright", 0.75, 1, 1),
    ("contact_block", 0.15, 1, 2),
    ("back_to_top", 0.1, 1, 1),
)

FAMILIES: tuple[Family, ...] = (
    Family(
        "portal_cn",
        0.09,
        SITES["portal_cn"],
        adds(TOP_CN, ("hot_search", 0.3, 1, 2), ("ticker", 0.15, 1, 1)),
        adds(UNDER_CN, ("self_media_card", 0.3, 1, 2)),
        adds(INNER_CN, ("app_prompt", 0.2, 1, 1), ("gallery_counter", 0.12, 1, 2)),
        adds(TAIL_CN, ("recommend_feed", 0.35, 2, 5)),
        BOTTOM_CN,
        spam=0.14,
    ),
    Family(
        "central_media",
        0.08,
        SITES["central_media"],
        adds(TOP_CN, ("lang_versions", 0.2, 1, 1)),
        UNDER_CN,
        INNER_CN,
        adds(TAIL_CN, ("epaper_page", 0.25, 1, 1)),
        BOTTOM_CN,
        spam=0.05,
    ),
    Family(
        "metro_daily",
        0.07,
        SITES["metro_daily"],
        adds(TOP_CN, ("epaper_page", 0.35, 1, 2), ("ticker", 0.15, 1, 1)),
        UNDER_CN,
        INNER_CN,
        adds(TAIL_CN, ("hotline_promo", 0.35, 1, 1)),
        BOTTOM_CN,
        traditional=0.05,
    ),
    Family(
        "provincial_party",
        0.06,
        SITES["provincial_party"],
        adds(TOP_CN, ("party_banner", 0.4, 1, 2)),
        UNDER_CN,
        INNER_CN,
        adds(TAIL_CN, ("epaper_page", 0.3, 1, 1)),
        BOTTOM_CN,
        traditional=0.05,
        spam=0.15,
    ),
    Family(
        "city_portal",
        0.05,
        SITES["city_portal"],
        adds(TOP_CN, ("convenience_bar", 0.35, 1, 2)),
        UNDER_CN,
        INNER_CN,
        adds(TAIL_CN, ("forum_links", 0.4, 1, 3)),
        BOTTOM_CN,
        traditional=0.05,
        spam=0.25,
    ),
    Family(
        "finance_media",
        0.05,
        SITES["finance_media"],
        adds(TOP_CN, ("stock_ticker", 0.5, 1, 3)),
        UNDER_CN,
        adds(INNER_CN, ("paywall", 0.1, 1, 1)),
        adds(TAIL_CN, ("risk_warning", 0.6, 1, 1)),
        BOTTOM_CN,
        traditional=0.1,
    ),
    Family(
        "tw_portal",
        0.08,
        SITES["tw_portal"],
        adds(TOP_TW, ("search_bar", 0.2, 1, 1)),
        (("meta_row", 0.85, 1, 2), ("audio_player", 0.1, 1, 1)),
        (
            ("ad_label", 0.45, 1, 3),
            ("image_credit", 0.3, 1, 2),
            ("inline_related", 0.35, 1, 2),
            ("continue_reading", 0.3, 1, 1),
            ("video_player", 0.1, 1, 1),
        ),
        adds(TAIL_WORLD, ("line_follow", 0.35, 1, 2), ("like_bar", 0.3, 1, 1)),
        BOTTOM_WORLD,
        traditional=1.0,
        converter="s2tw",
        spam=0.1,
    ),
    Family(
        "tw_paper",
        0.1,
        SITES["tw_paper"],
        TOP_TW,
        (("meta_row", 0.85, 1, 2), ("font_bar", 0.25, 1, 1), ("share_bar", 0.2, 1, 1)),
        (
            ("ad_label", 0.4, 1, 2),
            ("image_credit", 0.5, 1, 3),
            ("inline_related", 0.4, 1, 2),
            ("paywall", 0.1, 1, 1),
            ("video_player", 0.1, 1, 1),
        ),
        adds(TAIL_WORLD, ("newsletter", 0.3, 1, 1)),
        BOTTOM_WORLD,
        traditional=1.0,
        converter="s2tw",
        spam=0.1,
    ),
    Family(
        "hk_paper",
        0.1,
        SITES["hk_paper"],
        TOP_TW,
        (("meta_row", 0.85, 1, 2), ("share_bar", 0.2, 1, 1)),
        (
            ("ad_label", 0.4, 1, 2),
            ("image_credit", 0.5, 1, 3),
            ("inline_related", 0.3, 1, 2),
            ("paywall", 0.15, 1, 1),
            ("continue_reading", 0.1, 1, 1),
        ),
        adds(TAIL_WORLD, ("print_edition", 0.3, 1, 1)),
        BOTTOM_WORLD,
        traditional=1.0,
        converter="s2hk",
        spam=0.1,
    ),
    Family(
        "sea_paper",
        0.06,
        SITES["sea_paper"],
        adds(TOP_TW, ("membership", 0.3, 1, 1)),
        (("meta_row", 0.85, 1, 2), ("share_bar", 0.2, 1, 1)),
        (
            ("ad_label", 0.45, 1, 2),
            ("image_credit", 0.4, 1, 2),
            ("inline_related", 0.3, 1, 2),
            ("paywall", 0.15, 1, 1),
        ),
        adds(TAIL_WORLD, ("membership", 0.2, 1, 1)),
        BOTTOM_WORLD,
        traditional=0.1,
        spam=0.08,
    ),
    Family(
        "overseas_paper",
        0.06,
        SITES["overseas_paper"],
        adds(TOP_TW, ("cookie_notice", 0.2, 1, 1)),
        (("meta_row", 0.85, 1, 2),),
        (
            ("ad_label", 0.5, 1, 3),
            ("image_credit", 0.35, 1, 2),
            ("inline_related", 0.3, 1, 2),
        ),
        adds(TAIL_WORLD, ("newsletter", 0.3, 1, 1), ("classified", 0.35, 1, 3)),
        BOTTOM_WORLD,
        traditional=0.6,
        spam=0.15,
    ),
    Family(
        "broadcaster",
        0.08,
        SITES["broadcaster"],
        (
            ("masthead", 0.93, 1, 1),
            ("lang_switch", 0.45, 1, 1),
            ("nav_row", 0.6, 1, 2),
            ("cookie_notice", 0.2, 1, 1),
        ),
        (("meta_row", 0.8, 1, 2), ("audio_player", 0.25, 1, 2)),
        (
            ("image_credit", 0.55, 1, 3),
            ("inline_related", 0.35, 1, 2),
            ("continue_reading", 0.2, 1, 1),
            ("video_player", 0.15, 1, 1),
        ),
        adds(TAIL_WORLD, ("vpn_notice", 0.3, 1, 1), drop=("comments", "editor_credit")),
        adds(BOTTOM_WORLD, ("cookie_notice", 0.15, 1, 1), drop=("contact_block",)),
        traditional=0.45,
        spam=0.03,
    ),
    Family(
        "app_share",
        0.04,
        SITES["app_share"],
        (("masthead", 0.9, 1, 1), ("app_open_bar", 0.7, 1, 2)),
        (("meta_row", 0.85, 1, 1), ("self_media_card", 0.3, 1, 1), ("audio_player", 0.1, 1, 1)),
        (
            ("app_prompt", 0.4, 1, 2),
            ("image_credit", 0.3, 1, 2),
            ("continue_reading", 0.35, 1, 1),
        ),
        (
            ("editor_credit", 0.5, 1, 1),
            ("like_bar", 0.5, 1, 1),
            ("app_open_bar", 0.5, 1, 2),
            ("related", 0.5, 3, 6),
            ("comments", 0.3, 1, 3),
        ),
        (("copyright", 0.3, 1, 1), ("disclaimer", 0.3, 1, 1)),
        spam=0.08,
    ),
    Family(
        "reader_export",
        0.03,
        SITES["reader_export"],
        (("masthead", 0.9, 1, 1), ("reader_meta", 0.9, 1, 3)),
        (("meta_row", 0.6, 1, 1), ("byline_box", 0.2, 1, 1)),
        (("image_credit", 0.35, 1, 2), ("ad_label", 0.15, 1, 1)),
        (("editor_credit", 0.5, 1, 1), ("source_line", 0.3, 1, 1), ("print_footer", 0.8, 1, 2)),
        (("copyright", 0.3, 1, 1),),
        traditional=0.3,
        spam=0.05,
    ),
    Family(
        "markdown_page",
        0.07,
        SITES["markdown_page"],
        (
            ("masthead", 0.93, 1, 1),
            ("nav_row", 0.7, 1, 4),
            ("breadcrumb", 0.5, 1, 1),
            ("meta_row", 0.3, 1, 1),
        ),
        (("meta_row", 0.6, 1, 1), ("md_image", 0.3, 1, 1)),
        (
            ("md_image", 0.6, 1, 3),
            ("image_credit", 0.3, 1, 2),
            ("inline_related", 0.35, 1, 2),
            ("ad_label", 0.2, 1, 1),
        ),
        (
            ("editor_credit", 0.5, 1, 1),
            ("tag_row", 0.3, 1, 1),
            ("share_bar", 0.5, 1, 1),
            ("related", 0.55, 3, 6),
        ),
        (
            ("copyright", 0.6, 1, 1),
            ("icp_licence", 0.3, 1, 1),
            ("footer_links", 0.4, 1, 1),
            ("back_to_top", 0.25, 1, 1),
        ),
        traditional=0.35,
        spam=0.12,
        markdown=True,
    ),
)
FAMILY_NAMES = tuple(family.name for family in FAMILIES)
MAINLAND = (
    "portal_cn",
    "central_media",
    "metro_daily",
    "provincial_party",
    "city_portal",
    "finance_media",
    "app_share",
    "reader_export",
    "markdown_page",
)

BLOCKS: dict[str, tuple[str, str]] = {
    "related": ("related_head", "related_item"),
    "ranking": ("ranking_head", "ranking_item"),
    "comments": ("comment_head", "comment_item"),
    "recommend_feed": ("", "recommend_feed"),
    "forum_links": ("", "forum_links"),
    "classified": ("", "classified"),
}
"""A block: its heading kind (first line) and the kind of its items."""

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
        *TW_SPAM.values(),
        HEADLINE_FORMS,
        TW_HEADLINE_FORMS,
        OWN_HEADLINES,
        TW_HEADLINES,
        SUBHEADS,
        *DATELINES.values(),
        GLUED_TAILS,
        TW_GLUED_TAILS,
        MENTIONS,
        TW_MENTIONS,
        SHORT_PARAGRAPHS,
        QUOTES,
        TW_QUOTES,
        SLOGANS,
        *SITES.values(),
    ]
    templates = [text for group in groups for text in group]
    return len(templates), sum("{" in text for text in templates)


BOILERPLATE_KINDS = tuple(
    dict.fromkeys([*GENERIC, *(kind for kinds in FAMILY_TEMPLATES.values() for kind in kinds)])
)
KIND_ORDER = (*ARTICLE_KINDS, *BOILERPLATE_KINDS, *SPAM_KINDS)

# --- slots ------------------------------------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _handle(rng: random.Random) -> str:
    stem = rng.choice(HANDLE_STEMS)
    return stem + "".join(rng.choice("0123456789") for _ in range(rng.randint(2, 5)))


def _digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(count - 1))


class Slots(dict):
    """A page's slot values: the page's own (site, city, date...) and fresh ones."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.base)
        self.page = page

    def __missing__(self, key: str) -> str:
        page, rng = self.page, self.page.rng
        when = page.when
        fresh = {
            "time": lambda: (
                f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            ),
            "hm": lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "n": lambda: str(rng.randint(2, 999)),
            "k": lambda: str(rng.randint(1, 9)),
            "p": lambda: str(rng.randint(1, 4)),
            "pp": lambda: str(rng.randint(5, 12)),
            "big": lambda: str(rng.randint(1000, 99999)),
            "wan": lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 9)}万",
            "phone": lambda: "1" + rng.choice("3578") + _digits(rng, 9),
            "tel": lambda: f"0{rng.randint(10, 999)}-{_digits(rng, 8)}",
            "twtel": lambda: f"(0{rng.randint(2, 8)}){_digits(rng, 4)}-{_digits(rng, 4)}",
            "ustel": lambda: f"({rng.randint(201, 989)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
            "qq": lambda: _digits(rng, rng.randint(8, 10)),
            "handle": lambda: _handle(rng),
            "email": lambda: f"{rng.choice(EN_WORDS)}@{page.base['domain'].split('/')[0]}",
            "url": lambda: f"https://{page.base['domain']}/{when:%Y%m%d}/{_digits(rng, 7)}.html",
            "img": lambda: (
                f"https://img.{rng.choice(EN_WORDS)}.com/{when:%Y/%m}/{_digits(rng, 9)}.jpg"
            ),
            "domainspam": lambda: f"www.{_handle(rng)}.{rng.choice(('com', 'cc', 'vip', 'net'))}",
            "name": lambda: _name(rng),
            "user": lambda: rng.choice(
                (f"手机用户{_digits(rng, 7)}", _handle(rng), f"{_name(rng)[0]}**", "匿名网友")
            ),
            "comment": lambda: rng.choice(COMMENTS),
            "anyprov": lambda: rng.choice(PROVINCES)[0],
            "twcomment": lambda: rng.choice(TW_COMMENTS),
            "source": lambda: Slots(page).fill(rng.choice(page.sources)),
            "title": lambda: page.related_title(),
            "channel": lambda: rng.choice(page.channels),
            "col": lambda: rng.choice(COLUMNS),
            "tag": lambda: rng.choice(TAG_WORDS),
            "kw": lambda: rng.choice(KEYWORDS),
            "weather": lambda: rng.choice(WEATHERS),
            "temp": lambda: f"{rng.randint(-5, 15)}~{rng.randint(16, 34)}℃",
            "dur": lambda: f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}",
            "ver": lambda: f"{rng.choice('ABC')}0{rng.randint(1, 9)}",
            "brand": lambda: rng.choice(BRANDS),
            "tw": lambda: rng.choice(TW_CITIES),
            "hk": lambda: rng.choice(HK_PLACES),
            "sea": lambda: rng.choice(SEA_CITIES),
            "west": lambda: rng.choice(WEST_CITIES),
            "en": lambda: rng.choice(EN_WORDS),
            "slogan": lambda: rng.choice(SLOGANS),
            "icp": lambda: f"{page.base['abbr']}ICP备{_digits(rng, 8)}号-{rng.randint(1, 9)}",
            "beian": lambda: f"{page.base['abbr']}公网安备 {_digits(rng, 14)}号",
        }
        if key not in fresh:
            raise KeyError(key)
        return fresh[key]()

    def fill(self, template: str) -> str:
        return template.format_map(self)


# --- a page -----------------------------------------------------------------------------------


class Page:
    """One page being generated: its family, site, script, date and slot values."""

    def __init__(self, rng: random.Random, family: Family, headlines: list[str]) -> None:
        self.rng = rng
        self.family = family
        self.headlines = headlines
        self.taken: set[str] = set()
        prov, abbr, capital = rng.choice(PROVINCES)
        self.when = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 1400))
        when = self.when
        self.base: dict[str, str] = {
            "prov": prov,
            "abbr": abbr,
            "capital": capital,
            "city": rng.choice(CITIES),
            "year": str(when.year),
            "date": f"{when:%Y-%m-%d}",
            "cdate": f"{when.year}年{when.month}月{when.day}日",
            "md": f"{when.month}月{when.day}日",
            "d": str(when.day),
            "sdate": f"{when:%Y/%m/%d}",
            "mmdd": f"{when:%m/%d}",
            "wd": WEEKDAYS[when.weekday()],
            "en": rng.choice(EN_WORDS),
        }
        self.tw_like = family.converter in ("s2tw", "s2hk")
        self.sources = (
            TW_SOURCES
            if family.converter == "s2tw"
            else HK_SOURCES
            if family.converter == "s2hk"
            else SOURCES
        )
        self.channels = (
            TW_CHANNELS
            if family.converter == "s2tw"
            else HK_CHANNELS
            if family.converter == "s2hk"
            else CHANNELS
        )
        site, domain, app = rng.choice(family.sites).split("|")
        slots = Slots(self)
        self.base["site"] = slots.fill(site)
        self.base["domain"] = slots.fill(domain)
        self.base["app"] = slots.fill(app)
        self.base["purl"] = self.fill("https://{domain}/{date}/doc-{big}{big}.shtml")
        self.traditional = rng.random() < family.traditional
        self.indent = rng.choice(("", "", "", "　　", "  ", "\u3000"))
        self.split_nav = rng.random() < 0.15

    def fill(self, template: str) -> str:
        return Slots(self).fill(template)

    def related_title(self) -> str:
        rng = self.rng
        if self.tw_like and rng.random() < 0.5:
            return self.fill(rng.choice(TW_HEADLINES))
        if rng.random() < 0.5:
            for _ in range(5):
                title = rng.choice(self.headlines)
                if title not in self.taken:
                    return title
        return self.fill(rng.choice(OWN_HEADLINES))

    def template(self, kind: str) -> str:
        own = FAMILY_TEMPLATES.get(self.family.name, {}).get(kind, ())
        generic = GENERIC.get(kind, ())
        share = 0.75 if self.family.name in MAINLAND else 0.93
        if own and (not generic or self.rng.random() < share):
            return self.rng.choice(own)
        if not generic:  # a kind of another family's template, borrowed
            generic = next(kinds[kind] for kinds in FAMILY_TEMPLATES.values() if kind in kinds)
        return self.rng.choice(generic)

    def furniture(self, kind: str, zone: str) -> Draft:
        return Draft(BOILERPLATE, kind, zone, self.fill(self.template(kind)))

    def block(self, name: str, zone: str, count: int) -> list[Draft]:
        rng = self.rng
        head, item = BLOCKS[name]
        drafts = [self.furniture(head, zone)] if head and rng.random() < 0.85 else []
        items = [self.furniture(item, zone) for _ in range(count)]
        if name == "ranking" and rng.random() < 0.7:
            for index, draft in enumerate(items):
                if draft.core[:1].isdigit():
                    draft.core = f"{index + 1} " + draft.core.split(" ", 1)[-1]
        drafts += items
        if name == "comments" and rng.random() < 0.5:
            drafts.append(self.furniture("comment_form", zone))
        return drafts

    def parts(self, parts: tuple[Part, ...], zone: str) -> list[Draft]:
        rng = self.rng
        drafts: list[Draft] = []
        for kind, chance, fewest, most in parts:
            if rng.random() >= chance:
                continue
            count = rng.randint(fewest, most)
            if kind in BLOCKS:
                drafts += self.block(kind, zone, count)
            elif kind == "nav_row" and self.split_nav:
                words = self.fill(self.template(kind)).replace("|", " ").split()
                drafts += [Draft(BOILERPLATE, kind, zone, word) for word in words if word]
            else:
                drafts += [self.furniture(kind, zone) for _ in range(count)]
        return drafts

    def spam(self, zone: str) -> Draft:
        rng = self.rng
        kind = rng.choice(tuple(SPAM_TEMPLATES))
        if self.tw_like and rng.random() < 0.7:
            kind = rng.choice(tuple(TW_SPAM))
            text = self.fill(rng.choice(TW_SPAM[kind]))
        else:
            text = self.fill(rng.choice(SPAM_TEMPLATES[kind]))
        return Draft(SPAM, "spam_header" if zone == HEADER else kind, zone, text)


# --- the article ------------------------------------------------------------------------------


def seed_paragraph(text: str) -> Draft:
    """A seed paragraph, with its byline lead and closing signature (if any) glued on."""
    prefix = suffix = ""
    lead = BYLINE.match(text)
    if lead and text[lead.end() :].strip():
        prefix, text = lead.group(0), text[lead.end() :]
    signed = SIGNED.search(text)
    if signed and text[: signed.start()].strip():
        text, suffix = text[: signed.start()], signed.group(0)
    return Draft(ARTICLE, "byline_lead" if prefix else "paragraph", BODY, text, prefix, suffix)


def subhead(page: Page, text: str, mark: str, index: int) -> Draft:
    """A subhead in the page's numbering style (Markdown pages: bold or a heading)."""
    if page.family.markdown and page.rng.random() < 0.7:
        prefix, suffix = page.rng.choice((("**", "**"), ("## ", ""), ("### ", ""), ("#### ", "")))
        return Draft(ARTICLE, "subhead", BODY, text, prefix, suffix)
    number = CN_NUMBERS[index % len(CN_NUMBERS)]
    forms = {
        "plain": text,
        "cn": f"{number}、{text}",
        "paren": f"（{number}）{text}",
        "arabic": f"{index + 1}.{text}",
        "square": f"■{text}",
        "bracket": f"【{text}】",
        "bar": f"| {text}",
        "diamond": f"◆{text}",
        "ordinal": f"0{index + 1} {text}",
    }
    return Draft(ARTICLE, "subhead", BODY, forms[mark])


def hard_negative(page: Page) -> Draft:
    """An article line that looks a little like furniture."""
    rng = page.rng
    kind = rng.choice(("mention_paragraph", "mention_paragraph", "short_paragraph", "quote_line"))
    if kind == "mention_paragraph":
        group = TW_MENTIONS if page.tw_like and rng.random() < 0.6 else MENTIONS
    elif kind == "quote_line":
        group = TW_QUOTES if page.tw_like and rng.random() < 0.6 else QUOTES
    else:
        group = SHORT_PARAGRAPHS
    return Draft(ARTICLE, kind, BODY, page.fill(rng.choice(group)))


def body_drafts(page: Page, seed: SeedArticle) -> list[Draft]:
    """The article's paragraphs, with subheads and hard negatives among them."""
    rng = page.rng
    paragraphs = list(seed.paragraphs)
    if len(paragraphs) > 10:
        paragraphs = paragraphs[: rng.randint(5, 10)]
    body = [seed_paragraph(text) for text in paragraphs]
    first = body[0]
    if not first.prefix and rng.random() < 0.3:
        group = FAMILY_DATELINES.get(page.family.name, "mainland")
        if rng.random() < 0.15:
            group = "mainland"
        first.core = page.fill(rng.choice(DATELINES[group])) + first.core
        first.category = "dateline_paragraph"
    last = body[-1]
    if not last.suffix and rng.random() < 0.15:
        tails = TW_GLUED_TAILS if page.tw_like else GLUED_TAILS
        last.suffix = page.fill(rng.choice(tails))
        if last.category == "paragraph":
            last.category = "glued_tail"
    count = len(body)
    extra: list[tuple[int, Draft]] = []
    if count >= 3 and rng.random() < 0.4:
        mark = rng.choice(SUBHEAD_MARKS)
        places = sorted(rng.sample(range(1, count), rng.randint(1, min(4, count - 1))))
        texts = rng.sample(SUBHEADS, len(places))
        for index, (place, text) in enumerate(zip(places, texts, strict=True)):
            extra.append((place, subhead(page, text, mark, index)))
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 2)):
            extra.append((rng.randint(1, count), hard_negative(page)))
    for place, draft in sorted(extra, key=lambda pair: pair[0], reverse=True):
        body.insert(place, draft)
    return body


def page_headlines(page: Page, seed: SeedArticle) -> list[Draft]:
    """The page's headline (perhaps column-tagged or dated) and its subtitles."""
    rng = page.rng
    page.taken.update(seed.headlines)
    if seed.headlines:
        main_index = rng.randrange(len(seed.headlines))
        headline = seed.headlines[main_index]
        others = [text for i, text in enumerate(seed.headlines) if i != main_index]
    else:
        pool = TW_HEADLINES if page.tw_like and rng.random() < 0.5 else OWN_HEADLINES
        headline = page.fill(rng.choice(pool))
        page.taken.add(headline)
        others = []
    slots = Slots(page)
    slots["h"] = headline
    forms = TW_HEADLINE_FORMS if page.tw_like else HEADLINE_FORMS
    headline = forms[0] if rng.random() < 0.45 else rng.choice(forms)
    headline = slots.fill(headline)
    prefix = rng.choice(("# ", "# ", "## ")) if page.family.markdown else ""
    drafts = [Draft(ARTICLE, "headline", HEADER, headline, prefix)]
    for text in others:
        sub = "## " if page.family.markdown and rng.random() < 0.4 else ""
        dash = "——" if rng.random() < 0.15 else ""
        drafts.append(Draft(ARTICLE, "subtitle", HEADER, dash + text, sub))
    return drafts


ONE_LINE_SHARE = 0.05
ONE_LINE_BEFORE = ("masthead", "nav_row", "breadcrumb", "meta_row", "login_bar")
ONE_LINE_AFTER = ("editor_credit", "share_bar", "related_head", "copyright", "icp_licence")


def one_line_page(page: Page, seed: SeedArticle) -> list[Draft]:
    """The whole page as one line: the article with furniture glued to both ends."""
    rng = page.rng
    before = [page.furniture(kind, HEADER).core for kind in ONE_LINE_BEFORE if rng.random() < 0.5]
    after = [page.furniture(kind, FOOTER).core for kind in ONE_LINE_AFTER if rng.random() < 0.5]
    before = before or [page.furniture("masthead", HEADER).core]
    after = after or [page.furniture("copyright", FOOTER).core]
    heads = [draft.core for draft in page_headlines(page, seed)]
    joiner = rng.choice(("", " ", "　", "  "))
    core = " ".join(heads) + " " + joiner.join(seed.paragraphs)
    glue = rng.choice((" ", " | ", "  "))
    return [
        Draft(ARTICLE, "one_line_page", BODY, core, glue.join(before) + " ", " " + glue.join(after))
    ]


def with_spam(page: Page, drafts: list[Draft], header: int, body: int) -> list[Draft]:
    """The page's lines with SEO spam in the header, the footer or, now and then, the body;
    ``header`` and ``body``: how many lines the header and the body have."""
    rng = page.rng
    where = rng.choice(("header", "header", "footer", "footer", "both", "body"))
    drafts = list(drafts)
    if where in ("footer", "both"):
        for _ in range(rng.randint(1, 4)):
            place = rng.randint(max(header + body, len(drafts) - 4), len(drafts))
            drafts.insert(place, page.spam(FOOTER))
    if where == "body":
        drafts.insert(header + rng.randint(1, max(1, body - 1)), page.spam(BODY))
    if where in ("header", "both"):
        for _ in range(rng.randint(1, 3)):
            drafts.insert(rng.choice((0, 0, 0, 1, min(2, header))), page.spam(HEADER))
    return drafts


def page_drafts(page: Page, seed: SeedArticle) -> list[Draft]:
    """The lines of a page in order: header, body and footer."""
    rng, family = page.rng, page.family
    page.taken.update(seed.headlines)
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
        drafts = with_spam(page, drafts, len(header), len(body))
    return drafts


def styled(page: Page, text: str) -> str:
    """``text`` in the page's script."""
    if not page.traditional:
        return text
    return CONVERTERS[page.family.converter].convert(text)


def generate(rng: random.Random, seeds: list[SeedArticle], headlines: list[str]) -> Document:
    family = rng.choices(FAMILIES, weights=[family.weight for family in FAMILIES])[0]
    page = Page(rng, family, headlines)
    seed = rng.choice(seeds)
    one_line = rng.random() < ONE_LINE_SHARE
    drafts = one_line_page(page, seed) if one_line else page_drafts(page, seed)
    for draft in drafts:
        draft.core = styled(page, draft.core)
        draft.prefix = styled(page, draft.prefix)
        draft.suffix = styled(page, draft.suffix)
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
    9,
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

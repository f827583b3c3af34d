"""Boilerplate held-out set 8: generated Chinese news pages from stock-community boards,
company press rooms and investor-relations pages, recruitment and civil-service exam portals,
tourism bureaus, food media, parenting and women's media, game and esports news, museums and
libraries, ethnic and religious affairs sites, rail, metro and airport operators, power and
energy companies, environment bureaus, tax, customs and statistics bureaus, trade
associations and chambers of commerce, charity foundations and film and music review sites.

What it is: a generator of 1,000 labelled pages (by default) around the seed articles of
``tests/boilerplate/labels/``: every non-blank line of a page's text is one labelled line
(article, boilerplate or spam, with its kind, its zone and the page's site family), and,
through :func:`generated_pages.main`, the scorer and report that every generated set shares.
A page is stored the way a crawler keeps it (extractor text, the "text" field of a JSON
record, a copy-paste of the page): above the headline sit the masthead (the first line,
often with a slogan or channel), language, date and weather bars, login and search bars,
app banners, channel rows, hot words, tickers and breadcrumbs, and under it meta rows, font
tools, listen buttons and family furniture (stock quotes, announcement codes, post meta);
between paragraphs sit advertising labels, "expand the rest", picture credits, players,
inline related links, paywalls, page turners, votes, gallery counters, attachments and
family cards (game, film, recipe and booking cards, donation boxes); after the body sit
credits, review chains, sources, reprint and disclaimer notes, tags, share and like bars,
previous/next links, related and ranking lists, comments, QR and follow prompts, link rows,
contact blocks, hotlines, copyright, ICP and police records, report lines and cookie notes.
Some pages carry SEO spam (gambling, loans, certificates, escorts, invoices, quack cures,
game cheats, keyword stuffing) in the header, the footer or now and then the body. About
30% of pages are converted to Traditional script (OpenCC s2t, s2tw or s2hk), and about 5%
are one long line with furniture glued to both ends (labelled article, the article span
excluding the glue). Hard negatives are labelled article: column-tagged, bracketed, dated
and Latin-lettered headlines and subtitles, numbered and boxed subheads in many styles,
one-sentence paragraphs, datelines opening a paragraph, short quoted speech, and sentences
that mention WeChat, apps, copyright, downloads, QR codes, logging in, signing up,
following or clicking.

How it was written: by a helper session (Claude) asked for an eighth set, from general
knowledge of Chinese-language web pages, without reading the boilerplate step's code, data,
documentation or training script, and without reading the templates of the earlier sets;
it read only ``generated_pages.py`` (whose pieces it uses), what of ``boilerplate_scoring``
that needs, the seed labels, and the outline of ``boilerplate_heldout7.py`` (how a set plugs
in). It was checked only by generating pages, never by running textclean on them.

Run it: ``python benchmarks/boilerplate_heldout8.py [--documents 1000] [--seed 0]
[--misses 30] [--json]``. Generation is deterministic (``random.Random(seed)``).

The templates were not changed after the first run's scores were seen.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
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

CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")}
SIMPLIFIED, TRADITIONAL = SCRIPTS
HEADER, BODY, FOOTER = "header", "body", "footer"

# --- slot pools -------------------------------------------------------------------------------

PROVINCES: dict[str, tuple[str, str]] = {  # province: its short name, its cities
    "浙江": ("浙", "杭州 宁波 温州 绍兴 嘉兴"),
    "安徽": ("皖", "合肥 芜湖 蚌埠 安庆"),
    "福建": ("闽", "福州 厦门 泉州 漳州"),
    "江西": ("赣", "南昌 赣州 九江 上饶"),
    "山东": ("鲁", "济南 青岛 烟台 潍坊 临沂"),
    "河南": ("豫", "郑州 洛阳 开封 南阳 周口"),
    "湖北": ("鄂", "武汉 宜昌 襄阳 荆州"),
    "湖南": ("湘", "长沙 株洲 岳阳 常德"),
    "广东": ("粤", "广州 佛山 东莞 惠州 汕头"),
    "广西": ("桂", "南宁 柳州 桂林 北海"),
    "四川": ("川", "成都 绵阳 宜宾 南充"),
    "贵州": ("黔", "贵阳 遵义 六盘水"),
    "云南": ("滇", "昆明 大理 曲靖 玉溪"),
    "陕西": ("陕", "西安 宝鸡 咸阳 商洛"),
    "甘肃": ("甘", "兰州 天水 酒泉"),
    "河北": ("冀", "石家庄 保定 唐山 邯郸"),
    "辽宁": ("辽", "沈阳 大连 鞍山 锦州"),
    "黑龙江": ("黑", "哈尔滨 齐齐哈尔 牡丹江"),
    "江苏": ("苏", "南京 苏州 无锡 徐州 常州"),
    "山西": ("晋", "太原 大同 长治"),
    "内蒙古": ("蒙", "呼和浩特 包头 鄂尔多斯"),
}
ROADS = ("人民路", "建设大道", "解放路", "中山路", "滨江路", "文化路", "长江路", "新华街", "学府路")
SYLLABLES = (
    "hz",
    "wen",
    "lv",
    "cai",
    "gu",
    "you",
    "xi",
    "bo",
    "guan",
    "dian",
    "li",
    "hua",
    "xin",
    "tian",
    "kai",
    "ming",
    "yuan",
    "shang",
    "hui",
    "ai",
    "cs",
    "jr",
    "tz",
    "mei",
    "qin",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"  # noqa: E501
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "晓东",
    "海燕",
    "志强",
    "丽华",
    "建国",
    "文博",
    "雨欣",
    "子涵",
    "浩然",
    "思远",
    "梓萱",
    "一鸣",
    "若曦",
    "天佑",
    "佳怡",
    "俊峰",
    "慧敏",
    "嘉豪",
)
HANDLE_STEMS = (
    "价值投资老猫",
    "短线小王子",
    "半仓哥",
    "韭菜日记",
    "夜航船",
    "吃货小分队",
    "馋猫阿七",
    "奶爸老周",
    "二胎妈妈",
    "阿星打游戏",
    "峡谷老司机",
    "看片狂人",
    "豆瓣路人甲",
    "听歌的鱼",
    "旅行青蛙",
    "背包客K",
    "上岸就好",
    "考公人",
    "城市漫步者",
    "北漂小陈",
    "清风徐来",
    "momo",
    "Leo_2021",
    "sunny_cat",
    "AAA建材老张",
    "一只小熊",
    "默默",
    "路过的风",
)
WEATHERS = ("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "中雨", "小雪", "雨夹雪", "晴转多云")
WEEK = "一二三四五六日"
LUNAR = ("冬月廿三", "腊月初八", "正月十五", "二月初二", "三月初三", "五月初五", "八月十五")
KEYWORDS = (
    "春运",
    "高考",
    "考研",
    "降准",
    "新能源",
    "电竞",
    "文旅",
    "露营",
    "预制菜",
    "国潮",
    "低空经济",
    "碳达峰",
    "博物馆热",
    "城市漫步",
    "亲子游",
    "银发经济",
    "二孩",
    "演唱会",
    "数字人民币",
    "个税汇算",
    "地铁新线",
    "世界杯",
    "非遗",
    "乡村振兴",
    "志愿服务",
)
COMMENTS = (
    "写得好，支持一下",
    "已转发",
    "说得太对了",
    "希望越来越好",
    "我们这边也是这样",
    "学习了",
    "什么时候能落实到我们区？",
    "点赞👍",
    "沙发",
    "顶",
    "有没有人一起去的",
    "mark一下",
    "小编辛苦了",
    "楼上说得对",
    "期待后续报道",
    "哈哈哈哈",
    "收藏了慢慢看",
    "同问",
)
DOCS = (
    "报名登记表",
    "岗位信息表",
    "实施方案",
    "申报指南",
    "附件1 名单",
    "政策解读图示",
    "招聘简章",
    "考试大纲",
    "年度报告摘要",
    "捐赠票据申请表",
    "参观须知",
    "统计公报全文",
)
DEVICES = ("iPhone客户端", "Android客户端", "网页版", "iPad", "小米手机", "华为Mate")
CMS = ("PageAdmin", "DedeCMS", "帝国CMS", "WordPress", "PHPCMS V9", "SiteServer CMS")
TECHS = ("{city}网通科技有限公司", "{city}云创信息技术有限公司", "{city}数智网络服务中心")
BANKS = ("中国工商银行", "中国建设银行", "中国农业银行", "招商银行", "交通银行")
SPAM_BRANDS = ("金沙", "新葡京", "太阳城", "皇冠", "百家乐", "威尼斯人", "永利", "开元", "亚洲城")
DISEASES = ("牛皮癣", "痛风", "白癜风", "糖尿病", "鼻炎", "前列腺炎", "脱发")
GAMES = ("吃鸡", "王者", "CF", "LOL", "原神", "和平精英")
COMPANY_STEMS = ("恒远", "华瑞", "中科", "鑫达", "宏图", "启明", "天成", "瑞丰", "同创", "嘉禾")
COMPANY_TAILS = ("科技股份有限公司", "集团股份有限公司", "能源股份有限公司", "新材料股份有限公司")


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


# --- generic furniture, by kind ---------------------------------------------------------------

GENERIC: dict[str, tuple[str, ...]] = {
    "lang_switch": (
        "简体 | 繁體 | English",
        "中文版 English",
        "繁體中文 | 简体中文",
        "切换至English版",
        "EN | 中",
        "简 繁 EN",
        "Language: 中文 / English",
    ),
    "date_bar": (
        "今天是{cdate} 星期{week}",
        "{cdate} 星期{week} {city} {weather} {temp}",
        "{city}：{weather} {temp} 空气质量：良",
        "农历{lunar}  {cdate}",
        "{date} 周{week}",
        "今天：{cdate}  {weather}  {temp}",
        "{city} {weather} {temp}  {cdate}",
    ),
    "account_bar": (
        "登录 | 注册",
        "您好，欢迎来到{site}！请 登录 免费注册",
        "[登录] [注册] [会员中心]",
        "用户名 密码 登录 忘记密码？",
        "手机扫码登录 | 账号登录",
        "个人中心 消息({n}) 退出",
        "登录/注册",
        "您好，请登录  我的订阅  帮助",
        "快捷登录：微信 QQ 微博",
    ),
    "search_bar": (
        "搜索",
        "请输入关键词 搜索",
        "站内搜索：  全文 标题  搜索",
        "热门搜索：{kw} {kw} {kw}",
        "高级检索",
        "搜 索",
        "输入关键字  检索",
        "Search",
    ),
    "app_banner": (
        "打开{site}App，阅读体验更佳",
        "下载客户端 看更多精彩内容",
        "App内打开",
        "在App中查看 >",
        "使用{site}客户端，查看高清原图",
        "打开APP 阅读全文 >",
        "立即下载 {site} 客户端  ×",
    ),
    "hot_words": (
        "热搜：{kw} {kw} {kw}",
        "热门标签：{kw}、{kw}、{kw}",
        "大家都在搜：{kw}",
        "热点：{kw} | {kw} | {kw} | {kw}",
        "今日热词 {kw} {kw}",
    ),
    "notice_ticker": (
        "公告：{notice}",
        "【通知】{notice}",
        "滚动：{notice}",
        "最新公告 >> {notice}",
        "📢 {notice}",
    ),
    "breadcrumb": (
        "首页 > {channel} > 正文",
        "当前位置：首页 >> {channel} >> {channel}",
        "您所在的位置：{site} > {channel}",
        "首页 / {channel} / 详情",
        "位置: 首页›{channel}›正文",
        "当前位置：网站首页 > {channel}",
        "{site} > {channel} > 内容页",
        "首页 » {channel}",
    ),
    "meta_info": (
        "发布时间：{date} {time}  来源：{source}",
        "{date} {time} 来源：{source} 作者：{name}",
        "作者：{name}  阅读：{big}",
        "发布日期：{cdate}  浏览次数：{big}",
        "{date} {time} · {city} · 阅读 {big}",
        "信息来源：{source}  发布时间：{date}",
        "{date}  来源：{source}  【字体：大 中 小】",
        "时间：{date} {time}  点击：{big}次",
        "{name} {date} {time} 发表于{city}",
        "更新时间：{date} {time}",
    ),
    "font_tool": (
        "【字号：大 中 小】",
        "字体：A+ A A-",
        "【打印本页】【关闭窗口】",
        "字号 T | T | T",
        "【大 中 小】 【打印】 【关闭】",
        "字号：默认 超大 | 打印 | 关闭",
    ),
    "care_mode": ("无障碍浏览 | 长者模式", "适老化版 | 无障碍", "关怀版 读屏 放大", "长辈版"),
    "audio_player": (
        "▶ 听新闻 00:00 / {mm}:{ss}",
        "语音播报 ▶ 播放",
        "点击收听本文  {mm}:{ss}",
        "AI朗读 | 倍速 1.0x",
        "🔊 收听本文",
        "听全文 约{n}分钟",
    ),
    "ad_label": ("广告", "[广告]", "— 广告 —", "推广", "AD", "赞助内容", "广告 ×", "- 推广 -"),
    "expand_rest": (
        "展开全文",
        "点击展开剩余{pct}%",
        "继续阅读全文 ∨",
        "阅读全文",
        "查看全文 >",
        "展开剩余{pct}%",
        "点击查看全文",
    ),
    "photo_credit": (
        "（图片来源：{source}）",
        "图源：{source}",
        "▲图片来源于网络",
        "摄影：{name}",
        "（{name} 摄）",
        "图片由{source}提供",
        "资料图片",
        "图/{name}",
        "（受访者供图）",
        "▲ 图/{source}",
    ),
    "video_player": (
        "0:00 / {mm}:{ss}",
        "视频加载中...",
        "您的浏览器不支持video标签",
        "▶ 播放 | 全屏 | 倍速",
        "00:{ss}  关闭  重播",
        "视频：{name}  剪辑：{name}",
        "播放 暂停 进入全屏 退出全屏 静音",
    ),
    "inline_related": (
        "相关阅读：{title}",
        "延伸阅读 >> {title}",
        "▶ {title}",
        "推荐阅读：{title}",
        "【相关】{title}",
        "→ {title}",
        "点击阅读：{title}",
    ),
    "paywall": (
        "本文为会员专享内容，开通会员后可阅读全文",
        "剩余{pct}%内容，登录后查看",
        "订阅后继续阅读 ¥{n}.00/月",
        "开通VIP 解锁全文",
        "付费内容 | 已有{big}人购买",
    ),
    "page_turner": (
        "上一页 1 2 3 下一页",
        "第{n}页",
        "首页 上一页 [1] [2] [3] 下一页 尾页",
        "下一页 >",
        "<< 上一页 | 下一页 >>",
        "1 2 3 4 … 下一页",
    ),
    "vote_widget": (
        "你怎么看？ 支持 {n}票 反对 {n}票",
        "投票：您是否满意？ ○满意 ○一般 ○不满意 [提交]",
        "参与投票 已有{big}人参与",
        "心情：开心 {n} 感动 {n} 愤怒 {n} 难过 {n}",
        "本文对您有帮助吗？ 有 {n} | 没有 {n}",
    ),
    "gallery_counter": (
        "{k}/{m}",
        "查看原图",
        "< 上一张 | 下一张 >",
        "点击图片进入下一页",
        "共{m}张 ｜ 查看大图",
        "图集 {k}/{m}  返回",
    ),
    "attachment": (
        "附件：{doc}.pdf",
        "附件下载：{doc}.docx",
        "相关附件：1.{doc}.xlsx",
        "【下载附件】{doc}",
        "附件：{doc}.doc（{n}KB）",
    ),
    "editor_credit": (
        "（责任编辑：{name}）",
        "编辑：{name} 校对：{name}",
        "责编：{name}",
        "[编辑：{name}]",
        "文字：{name}  图片：{name}  编辑：{name}",
        "本期编辑 {name}",
        "编辑/{name}",
        "责任编辑：{name} 实习生：{name}",
        "【编辑:{name}】",
    ),
    "review_chain": (
        "初审：{name} 复审：{name} 终审：{name}",
        "审核：{name}",
        "审校：{name}  监制：{name}",
        "签发：{name}",
        "一审：{name}  二审：{name}  三审：{name}",
    ),
    "source_note": (
        "来源：{source}",
        "信息来源：{source}",
        "文章来源：{source}",
        "本文来源：{source} 作者：{name}",
        "稿件来源：{source}",
        "来源 | {source}",
    ),
    "reprint_note": (
        "转载请注明出处：{url}",
        "本文系{site}原创，未经授权不得转载。",
        "如需转载请联系{site}获得授权",
        "【转载须知】本站稿件转载须经书面许可",
        "原创稿件，转载请注明来自{site}",
        "本文链接：{url}",
    ),
    "disclaimer": (
        "声明：本文仅代表作者个人观点，与{site}无关。",
        "免责声明：本站部分内容来源于网络，如有侵权请联系删除。",
        "本文内容由用户上传，不代表本站立场。",
        "以上内容仅供参考，不构成任何建议。",
        "特别声明：以上内容（如有图片或视频亦包括在内）为平台用户上传并发布，本平台仅提供信息存储服务。",
    ),
    "tag_row": (
        "标签：{kw} {kw} {kw}",
        "关键词：{kw}、{kw}",
        "Tags: {kw} / {kw}",
        "#{kw}# #{kw}#",
        "话题：#{kw}",
        "本文标签：{kw}  {kw}",
    ),
    "share_bar": (
        "分享到：微信 微博 QQ空间",
        "分享 | 微信 | 朋友圈 | 微博",
        "转发 {n}  评论 {n}  点赞 {n}",
        "一键分享：",
        "复制链接 | 生成海报",
        "分享到：",
        "分享至 微信好友 朋友圈 复制链接",
    ),
    "like_bar": (
        "点赞 {n}",
        "赞({n})  收藏  举报",
        "👍 {n} 在看",
        "有用({n}) 没用({n})",
        "觉得不错，点个赞吧 ♥ {n}",
        "收藏 {n} | 点赞 {n}",
        "在看 {n}  分享",
    ),
    "prev_next": (
        "上一篇：{title}",
        "下一篇：{title}",
        "上一条：{title}  下一条：{title}",
        "【上一篇】{title}",
        "下一篇 > {title}",
        "上篇：{title}",
    ),
    "related_head": (
        "相关新闻",
        "相关阅读",
        "猜你喜欢",
        "为您推荐",
        "更多精彩",
        "热门推荐",
        "延伸阅读",
        "相关文章",
        "推荐阅读 >>",
    ),
    "related_item": ("{title}", "· {title}", "{title}  {date}", "{title} [{md}]", "▪ {title}"),
    "ranking_head": ("排行榜", "24小时热文", "点击排行", "本周热门", "阅读排行 日 | 周 | 月"),
    "ranking_item": ("{k} {title}", "{k}. {title}", "TOP{k} {title}", "{k}、{title}"),
    "comment_head": (
        "网友评论",
        "全部评论（{n}）",
        "最新评论",
        "评论区",
        "我来说两句",
        "热门评论",
        "共{n}条评论",
    ),
    "comment_item": (
        "{handle}：{comment}",
        "{handle}（{city}）：{comment}",
        "{n}楼 {handle}：{comment}",
        "回复 @{handle}：{comment}",
        "{handle} {md} {time} {comment}",
        "{handle}：{comment} 赞{n}",
    ),
    "comment_box": (
        "发表评论 请登录后发表评论",
        "说点什么吧...  发布",
        "文明上网理性发言，请遵守评论服务协议",
        "已有{n}人参与 | 查看更多评论 >",
        "网友评论仅供其表达个人看法，并不表明本站同意其观点",
        "写评论... 发送",
        "评论 0/500 提交",
    ),
    "qr_promo": (
        "扫码关注{site}公众号",
        "[二维码] 扫一扫，下载{site}App",
        "长按识别二维码 关注我们",
        "扫描二维码，随时随地看新闻",
        "微信扫一扫 分享到朋友圈",
        "手机看新闻 扫一扫",
    ),
    "follow_prompt": (
        "关注{site}，获取更多资讯",
        "喜欢本文请点个关注",
        "欢迎关注我们的抖音号：{handle}",
        "更多精彩内容，请关注{site}官方微博 @{site}",
        "↓↓↓ 关注我们 ↓↓↓",
        "订阅{site}，每日推送",
    ),
    "site_links": (
        "关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明",
        "网站首页 | 隐私政策 | 用户协议 | 意见反馈",
        "关于本站 - 招聘信息 - 帮助中心",
        "网站声明  使用帮助  联系方式",
        "关于我们 · 加入我们 · 商务合作",
    ),
    "friend_links": (
        "友情链接：{org} | {org} | {org}",
        "友情链接",
        "合作伙伴：{org}  {org}",
        "相关链接：{org}",
        "友情链接 ▼",
    ),
    "contact_block": (
        "联系电话：{phone}",
        "地址：{city}市{road}{n}号  邮编：{zip}",
        "电子邮箱：{email}",
        "联系我们：{phone}  传真：{phone}",
        "客服QQ：{qq}",
        "通讯地址：{city}市{road}{n}号",
    ),
    "hotline": (
        "服务热线：{hotline}",
        "24小时热线 {hotline}",
        "投诉举报电话：{phone}",
        "客服：{hotline}",
    ),
    "copyright": (
        "Copyright © {year} {site} All Rights Reserved.",
        "版权所有：{site}",
        "© {year} {domain} 版权所有",
        "{site} 版权所有 未经许可不得复制",
        "主办：{org}  承办：{site}",
        "版权所有 © 2008-{year} {site}",
        "Copyright©{year} {domain}, All rights reserved",
    ),
    "icp": ("{icp}", "ICP备案号：{icp}", "{icp} | {police}", "备案号：{icp}  网站标识码：{code10}"),
    "police_record": ("{police}", "公安备案号：{police}", "🛡 {police}"),
    "report_line": (
        "违法和不良信息举报电话：{phone}  举报邮箱：{email}",
        "网上有害信息举报专区",
        "未成年人举报专线：{hotline}",
        "互联网违法和不良信息举报",
        "举报中心 | 涉未成年人举报",
    ),
    "tech_support": (
        "技术支持：{tech}",
        "网站建设：{tech}",
        "Powered by {cms}",
        "建议使用1280×800分辨率浏览",
        "网站维护：{tech}",
    ),
    "visit_counter": ("您是本站第{big}位访客", "总访问量：{big}  今日：{n}", "在线人数：{n}"),
    "back_to_top": ("返回顶部", "↑ 顶部", "TOP", "回到首页", "【关闭窗口】", "返回列表"),
    "cookie_note": (
        "本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意。 [接受]",
        "我们使用cookies改善服务。了解更多 | 同意",
        "隐私提示：点击同意即表示您已阅读并接受《隐私政策》",
    ),
    "feedback_link": ("【我要纠错】", "纠错 | 打印 | 关闭", "发现错误？点此反馈", "内容纠错"),
}

# --- the site families ------------------------------------------------------------------------

Part = tuple[str, str, float]  # a family's own kind, where it goes (top, under, inner, tail), p


@dataclass(frozen=True)
class Family:
    """A kind of site: its names, slogans, channels and organisations (templates), its
    columns and own headlines (article), its own kinds of furniture and where they go, how
    often its pages carry spam and how often they are in Traditional script."""

    name: str
    weight: float
    sites: tuple[str, ...]
    slogans: tuple[str, ...]
    channels: tuple[str, ...]
    orgs: tuple[str, ...]
    notices: tuple[str, ...]
    columns: tuple[str, ...]
    headlines: tuple[str, ...]
    own: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parts: tuple[Part, ...] = ()
    spam: float = 0.12
    traditional: float = 0.3


FAMILIES: tuple[Family, ...] = (
    Family(
        "stock_community",
        1.0,
        ("淘股圈", "牛散社区", "{city}股友会", "财迷吧", "盘口论坛", "价投圈"),
        ("聪明的投资者都在这里", "分享投资 · 交流观点", "股民自己的社区", "一起看盘"),
        ("首页", "行情", "个股", "话题", "直播", "基金", "港美股", "精华帖", "热榜", "组合"),
        ("{site}用户运营中心", "{company}"),
        ("{site}发帖规范更新", "关于打击违规荐股行为的公告", "周末系统维护通知"),
        ("复盘", "研报速递", "早盘", "龙虎榜", "精华", "Q3财报"),
        (
            "复盘｜{md}：三大指数震荡收涨 成交额{big}亿",
            "{abbr}：一季度净利润同比增长{pct}%",
            "Q&A｜关于{abbr}分红方案的几点看法",
            "早盘必读 {md}",
            "{abbr} {code}：董事会决议公告解读",
        ),
        {
            "quote_ticker": (
                "{abbr}({code}) {price} {sign}{pct}%",
                "上证指数 {index} {sign}{pct}%",
                "${abbr}(SH{code})$ 现价 {price}",
                "深证成指 {index} {sign}{pct}%  创业板指 {index}",
                "{abbr} {price} 涨跌幅 {sign}{pct}% 成交额 {big}万",
            ),
            "post_meta": (
                "楼主：{handle}  发表于 {date} {time}  来自{device}",
                "{handle} · {md} {time} · 来自{device}",
                "阅读 {big} · 评论 {n} · 转发 {n}",
                "{handle}  关注  +加好友",
                "只看楼主  倒序浏览  阅读模式",
            ),
            "risk_notice": (
                "风险提示：本帖仅代表作者个人观点，不构成投资建议，股市有风险，投资需谨慎。",
                "以上内容不构成投资建议，据此操作风险自担",
                "免责声明：本文不构成买卖依据，请独立判断。",
                "股市有风险 入市需谨慎",
            ),
            "board_rules": (
                "发帖须知：请勿发布荐股、喊单等违规信息",
                "本吧吧规 | 吧主：{handle}",
                "举报 | 打赏 | 收藏本帖",
                "{site}提醒您：谨防各类荐股诈骗",
            ),
        },
        (
            ("quote_ticker", "top", 0.5),
            ("post_meta", "under", 0.8),
            ("risk_notice", "tail", 0.6),
            ("board_rules", "tail", 0.3),
        ),
        spam=0.2,
        traditional=0.2,
    ),
    Family(
        "press_room",
        0.9,
        ("{company}", "{abbr}官网", "{abbr}新闻中心", "{abbr} 投资者关系"),
        ("科技让生活更美好", "专注 · 创新 · 共赢", "Investor Relations", "绿色发展 智造未来"),
        (
            "首页",
            "关于我们",
            "产品中心",
            "解决方案",
            "新闻中心",
            "投资者关系",
            "社会责任",
            "加入我们",
            "公司公告",
            "媒体报道",
        ),
        ("{company}", "{company}品牌部"),
        ("{abbr}荣获{year}年度优秀供应商", "{abbr}将于{md}召开业绩说明会"),
        ("公司动态", "ESG", "新闻稿", "IR", "媒体报道"),
        (
            "{abbr}发布{year}年度社会责任报告",
            "ESG｜{abbr}获评AA级",
            "{abbr}与{city}签署战略合作协议",
            "新闻稿 | {abbr}第{n}万台设备下线",
        ),
        {
            "ir_code_row": (
                "证券代码：{code}  证券简称：{abbr}  公告编号：{year}-0{n}",
                "股票代码：{code}.SZ  股票简称：{abbr}",
                "证券代码：{code}    证券简称：{abbr}",
            ),
            "ir_statement": (
                "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
                "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
            ),
            "company_profile": (
                "关于{abbr}：{company}成立于{year0}年，总部位于{city}，是一家集研发、生产、销售于一体的高新技术企业。",
                "关于{company}",
                "{abbr}简介：公司股票于{year0}年在深圳证券交易所上市（股票代码：{code}）。",
            ),
            "media_contact": (
                "媒体联系：{name} {mobile}",
                "投资者关系热线：{phone}",
                "媒体垂询：{email}",
                "新闻联络人：{name}  电话：{phone}",
            ),
        },
        (
            ("ir_code_row", "top", 0.35),
            ("ir_statement", "under", 0.25),
            ("company_profile", "tail", 0.4),
            ("media_contact", "tail", 0.45),
        ),
        spam=0.05,
        traditional=0.3,
    ),
    Family(
        "exam_portal",
        1.0,
        (
            "{city}公考网",
            "{prov}人事考试信息网",
            "上岸公考",
            "{city}招聘资讯网",
            "考编通",
            "{city}人才网",
        ),
        ("公务员 | 事业单位 | 教师招聘", "助力每一位考生成功上岸", "权威考试资讯发布"),
        (
            "首页",
            "公务员",
            "事业单位",
            "教师招聘",
            "三支一扶",
            "国企招聘",
            "考试大纲",
            "历年真题",
            "面试",
            "成绩查询",
        ),
        ("{city}市人力资源和社会保障局", "{city}人事考试中心"),
        ("{year}年度{city}事业单位公开招聘报名入口已开通", "准考证打印时间调整的通知"),
        ("考试动态", "招聘公告", "面试指导", "成绩公布"),
        (
            "{year}{city}事业单位招聘{n}人公告",
            "【招聘】{city}市属国企招聘{n}名工作人员",
            "{city}｜{year}年教师招聘笔试成绩公布",
            "考编｜{n}个岗位无人报名怎么办",
            "公告｜{city}市{year}年公开招聘事业单位工作人员",
        ),
        {
            "course_ad": (
                "{site}面试礼包免费领取，点击进入>>",
                "{year}{city}公务员考试备考资料下载",
                "加入考生交流群：{qq}",
                "[报考咨询] {hotline}",
                "笔试冲刺班火热报名中 ¥{n}元起",
            ),
            "apply_entrance": (
                "报名入口 >> 点击进入",
                "官方报名网址：{url}",
                "职位表下载",
                "成绩查询入口 >>",
                "准考证打印入口",
            ),
        },
        (
            ("course_ad", "inner", 0.35),
            ("apply_entrance", "under", 0.3),
            ("course_ad", "tail", 0.4),
        ),
        spam=0.18,
        traditional=0.2,
    ),
    Family(
        "tourism_bureau",
        1.0,
        ("{city}文旅", "{city}旅游网", "{city}市文化广电和旅游局", "游{city}", "{city}文旅之窗"),
        ("山水有约 此心安处", "畅游{city} 乐享生活", "好客{city}欢迎您", "诗和远方在{city}"),
        ("首页", "资讯", "景区", "线路", "美食", "住宿", "节庆", "文创", "智慧旅游", "游客服务"),
        ("{city}市文化广电和旅游局", "{city}旅游集散中心"),
        ("{city}部分景区实行预约游览", "假期景区客流提示"),
        ("文旅资讯", "游{city}", "节庆", "旅游攻略"),
        (
            "文旅｜{city}推出{n}条春季赏花精品线路",
            "【游{city}】五一假期接待游客{big}万人次",
            "{md} {city}古城夜游开放",
            "{city}文旅 | 五一假期出游指南",
        ),
        {
            "service_hours": (
                "开放时间：08:30-17:30（17:00停止入园）",
                "营业时间 09:00-21:00  周一闭馆",
                "景区开放时间以官方公告为准",
            ),
            "visitor_flow": (
                "今日入园 {big}人 | 舒适度：舒适",
                "实时客流：{big}/{big}",
                "景区承载量 {big}  当前 {n}%",
                "停车场余位：{n}",
            ),
            "booking_bar": ("预约购票 | 团队预约 | 语音导览", "在线订票 >>", "立即预约 ¥{n}起"),
        },
        (
            ("visitor_flow", "top", 0.3),
            ("service_hours", "tail", 0.3),
            ("booking_bar", "inner", 0.2),
            ("booking_bar", "tail", 0.25),
        ),
        spam=0.1,
        traditional=0.35,
    ),
    Family(
        "food_media",
        0.9,
        ("{city}吃货网", "食尚{city}", "饭否美食", "舌尖{city}", "厨房日记", "美味{city}"),
        ("吃在{city}，从这里开始", "好好吃饭 认真生活", "寻味城市烟火气"),
        ("首页", "探店", "菜谱", "美食资讯", "榜单", "夜市", "饮品", "烘焙", "老字号", "吃货福利"),
        ("{site}编辑部", "{city}市餐饮行业协会"),
        ("{site}年度必吃榜票选开启", "探店团招募中"),
        ("探店", "吃在{city}", "老字号", "菜谱"),
        (
            "探店｜{city}这家开了{n}年的面馆",
            "【吃在{city}】夜市烟火气回来了",
            "{n}道家常菜 周末做起来",
        ),
        {
            "recipe_card": (
                "难度：简单  时间：{n}分钟",
                "收藏菜谱 | 加入菜单",
                "人均：¥{n}  口味{score} 环境{score}",
                "用料：主料 辅料 调料",
                "营业时间：10:00-22:00  地址：{city}市{road}{n}号",
            ),
        },
        (("recipe_card", "inner", 0.3), ("recipe_card", "tail", 0.25)),
        spam=0.12,
        traditional=0.35,
    ),
    Family(
        "family_media",
        0.9,
        ("亲子{city}", "妈妈帮", "宝贝成长网", "{city}妈妈圈", "她时代", "育儿宝典"),
        ("科学育儿 快乐成长", "做更好的自己", "陪伴是最长情的告白", "专业母婴资讯平台"),
        ("首页", "备孕", "怀孕", "育儿", "早教", "情感", "时尚", "美容", "健康", "问答"),
        ("{site}编辑部",),
        ("宝宝辅食添加课堂开课啦", "{site}亲子活动报名"),
        ("育儿", "她说", "亲子", "成长笔记"),
        (
            "育儿｜孩子{n}岁还不会说话怎么办",
            "【她说】{city}女性创业者的{n}年",
            "二孩家庭的周末时间表",
        ),
        {
            "tool_widget": (
                "孕期计算器 | 预产期计算 | 身高体重对照表",
                "宝宝年龄：备孕 孕期 0-1岁 1-3岁 3-6岁",
                "输入宝宝生日 查看成长指南",
                "育儿工具 >>",
            ),
        },
        (("tool_widget", "top", 0.3), ("tool_widget", "tail", 0.25)),
        spam=0.14,
        traditional=0.3,
    ),
    Family(
        "game_news",
        1.0,
        ("游侠星空", "{city}电竞网", "玩家派", "GamePark 游戏公园", "电竞频道", "游戏日报"),
        ("玩家的聚集地", "最新最全的游戏资讯", "Game On", "热爱即电竞"),
        ("首页", "新闻", "评测", "攻略", "手游", "主机", "电竞", "视频", "礼包", "论坛", "排行"),
        ("{site}编辑部", "{city}市电子竞技协会"),
        ("{site}礼包中心上线", "周末服务器维护公告"),
        ("评测", "前瞻", "电竞", "手游", "Switch"),
        (
            "评测｜{n}小时通关后的感受",
            "前瞻：新赛季S{n}版本改动一览",
            "电竞｜{city}战队{n}:0横扫晋级",
            "TGA {year}提名公布",
            "S{k}全球总决赛 | 第{k}日战报",
        ),
        {
            "product_card": (
                "平台：PC / PS5 / Switch  发售日期：{date}",
                "游戏类型：角色扮演  开发商：{company}",
                "评分：{score}/10",
                "下载游戏 | 礼包中心",
                "标签：动作 冒险 开放世界",
            ),
            "gift_promo": (
                "领取礼包 >>",
                "预约有礼 立即预约",
                "新手礼包 剩余{n}%",
                "扫码下载游戏领豪礼",
            ),
        },
        (
            ("product_card", "under", 0.35),
            ("product_card", "inner", 0.2),
            ("gift_promo", "inner", 0.2),
            ("gift_promo", "tail", 0.3),
        ),
        spam=0.2,
        traditional=0.35,
    ),
    Family(
        "museum_library",
        0.8,
        ("{city}博物馆", "{city}图书馆", "{city}美术馆", "{prov}省博物院", "{city}文化馆"),
        ("让文物活起来", "城市的书房", "艺术点亮生活", "保护 传承 利用"),
        ("首页", "本馆概况", "展览", "藏品", "活动", "教育", "研究", "参观", "数字资源", "文创"),
        ("{city}市文物局", "{site}"),
        ("{site}{md}起恢复夜场开放", "关于春节期间开放安排的公告"),
        ("展览", "馆藏", "讲座", "活动回顾"),
        (
            "展览｜“{city}记忆”特展开幕",
            "【馆藏】{n}件珍贵文物首次公开亮相",
            "读书月 {n}场活动等你来",
        ),
        {
            "service_hours": (
                "开放时间：周二至周日 9:00-17:00（16:00停止入馆）",
                "周一闭馆（法定节假日除外）",
                "免费开放 凭身份证预约入馆",
            ),
            "booking_bar": (
                "预约参观 | 团体预约 | 讲解预约",
                "今日已预约 {big}人  剩余 {n}",
                "在线预约 >>",
            ),
        },
        (
            ("service_hours", "top", 0.25),
            ("booking_bar", "tail", 0.35),
            ("service_hours", "tail", 0.25),
        ),
        spam=0.06,
        traditional=0.35,
    ),
    Family(
        "ethnic_affairs",
        0.7,
        ("{prov}民族宗教网", "{city}市民族宗教事务局", "民族团结之窗", "{city}统一战线"),
        ("铸牢中华民族共同体意识", "民族团结一家亲", "共建共享美好家园"),
        (
            "首页",
            "机构概况",
            "工作动态",
            "政策法规",
            "民族团结",
            "宗教事务",
            "民族文化",
            "专题专栏",
        ),
        ("{city}市民族宗教事务局", "{city}市委统战部"),
        ("{year}年民族团结进步宣传月活动安排", "网站改版试运行公告"),
        ("工作动态", "民族团结", "基层风采"),
        (
            "民族团结｜{city}举办第{n}届少数民族传统体育运动会",
            "【基层风采】{city}石榴籽家园建设见闻",
        ),
        {},
        (),
        spam=0.06,
        traditional=0.25,
    ),
    Family(
        "transit",
        1.0,
        ("{city}地铁", "{city}轨道交通", "{city}机场", "{city}公交集团", "{city}铁路"),
        ("便捷出行 温馨服务", "让城市更美好", "安全 准点 舒适", "Metro Life"),
        (
            "首页",
            "乘客服务",
            "线网图",
            "票价查询",
            "运营公告",
            "首末班车",
            "失物招领",
            "航班动态",
            "列车时刻",
            "资讯",
        ),
        ("{city}地铁集团有限公司", "{city}机场集团"),
        ("{md}起部分线路延长运营服务时间", "恶劣天气运营提示"),
        ("运营公告", "乘客须知", "出行提示"),
        (
            "出行提示｜{md}起{k}号线调整运营时间",
            "{city}地铁{k}号线二期开通初期运营",
            "春运｜{city}站预计发送旅客{big}万人次",
        ),
        {
            "service_status": (
                "线网运营状态：正常",
                "航班动态查询 | 列车正晚点查询",
                "今日客运量：{k}{n}.{k}万人次",
                "实时到站 | 线路图 | 换乘查询",
            ),
            "service_hours": (
                "运营时间：06:00-23:00",
                "首班车 {time} 末班车 {time}",
                "服务时间 06:30-22:30",
            ),
        },
        (("service_status", "top", 0.45), ("service_hours", "tail", 0.3)),
        spam=0.08,
        traditional=0.3,
    ),
    Family(
        "power_energy",
        0.8,
        ("{prov}电力", "{city}供电公司", "{city}燃气集团", "{prov}能源网", "{city}热力公司"),
        ("人民电业为人民", "清洁能源 温暖万家", "你用电 我用心"),
        ("首页", "企业概况", "新闻中心", "停电公告", "电费查询", "营业网点", "党建", "安全生产"),
        ("{city}供电公司", "{city}燃气集团有限公司"),
        ("{md}计划停电公告", "关于调整居民阶梯电价的公告"),
        ("保供电", "一线", "安全生产"),
        (
            "保供电｜{city}迎峰度夏最高负荷创新高",
            "{city}供电公司{n}项措施优化营商环境",
            "【一线】{n}名电力工人的除夕夜",
        ),
        {
            "outage_query": (
                "停电信息查询 | 电费查询 | 在线客服",
                "扫码交电费 足不出户",
                "故障报修 95{n}",
                "今日计划停电 {n} 条",
            ),
        },
        (("outage_query", "top", 0.3), ("outage_query", "tail", 0.35)),
        spam=0.06,
        traditional=0.25,
    ),
    Family(
        "ecology_bureau",
        0.8,
        ("{city}生态环境", "{city}市生态环境局", "美丽{city}", "{prov}环境网"),
        ("绿水青山就是金山银山", "守护蓝天碧水净土", "共建生态文明"),
        (
            "首页",
            "机构职能",
            "环境质量",
            "政务公开",
            "环评公示",
            "执法监督",
            "宣传教育",
            "互动交流",
        ),
        ("{city}市生态环境局", "{city}环境监测站"),
        ("{cdate}空气质量预报", "重污染天气黄色预警解除"),
        ("环保动态", "生态{city}", "环境质量"),
        ("{city}前{n}个月空气优良天数比例达{pct}%", "生态｜{city}湿地迎来越冬候鸟{big}只"),
        {
            "realtime_air": (
                "{city}实时空气质量指数 AQI {n} 良",
                "PM2.5 {n}μg/m³  PM10 {n}μg/m³",
                "首要污染物：臭氧",
                "空气质量日报 {date}",
                "环保举报热线：12369",
            ),
        },
        (("realtime_air", "top", 0.45), ("realtime_air", "tail", 0.2)),
        spam=0.05,
        traditional=0.25,
    ),
    Family(
        "revenue_stats",
        0.8,
        ("{city}税务", "{city}海关", "{city}统计", "{prov}统计信息网", "{city}市统计局"),
        ("依法治税 服务发展", "真实 准确 完整 及时", "服务为民 严格执法"),
        (
            "首页",
            "政策法规",
            "纳税服务",
            "统计数据",
            "数据发布",
            "统计公报",
            "办税指南",
            "通关服务",
        ),
        ("{city}市统计局", "{city}海关", "{city}税务局"),
        ("{year}年个税汇算办理提醒", "数据发布日历更新"),
        ("统计数据", "数据解读", "办税指南"),
        (
            "{year}年{city}经济运行情况分析",
            "数据解读｜前三季度GDP同比增长{pct}%",
            "{city}海关：一季度外贸进出口{big}亿元",
        ),
        {
            "service_hall": (
                "电子税务局 | 办税地图 | 纳税人学堂",
                "12366纳税服务热线",
                "数据查询 | 统计年鉴 | 数据解读",
                "数据发布日历",
                "单一窗口 | 通关查询",
            ),
        },
        (("service_hall", "top", 0.35), ("service_hall", "tail", 0.3)),
        spam=0.06,
        traditional=0.25,
    ),
    Family(
        "trade_association",
        0.8,
        (
            "{city}总商会",
            "{prov}物流与采购联合会",
            "{city}浙江商会",
            "{city}餐饮行业协会",
            "{city}企业家协会",
        ),
        ("服务会员 服务行业", "团结 互助 共赢", "企业之家"),
        (
            "首页",
            "商会概况",
            "商会动态",
            "会员风采",
            "政策服务",
            "招商合作",
            "党建工作",
            "入会指南",
        ),
        ("{site}秘书处",),
        ("{site}第{n}届会员大会通知", "会费缴纳提醒"),
        ("商会动态", "会员风采", "行业观察"),
        ("商会动态｜{site}赴{city}考察交流", "【会员风采】{company}：{n}年深耕一件事"),
        {
            "member_bar": (
                "会员登录 | 入会申请 | 会员名录",
                "会员单位：{company}、{company}",
                "申请入会 >>",
                "理事单位 | 会员单位 | 合作伙伴",
            ),
        },
        (("member_bar", "top", 0.35), ("member_bar", "tail", 0.3)),
        spam=0.12,
        traditional=0.3,
    ),
    Family(
        "charity",
        0.8,
        (
            "{city}慈善总会",
            "{city}红十字会",
            "爱心{city}",
            "{prov}青少年发展基金会",
            "{city}公益网",
        ),
        ("汇聚点滴爱心 传递温暖力量", "人人可慈善", "让爱不再遥远"),
        ("首页", "关于我们", "公益项目", "信息公开", "捐赠查询", "志愿者", "我要捐赠", "新闻动态"),
        ("{site}",),
        ("{year}年度审计报告公示", "关于开展“慈善一日捐”活动的倡议"),
        ("公益", "项目动态", "爱心故事"),
        ("公益｜{n}名山区孩子收到新书包", "【爱心故事】{city}志愿者{name}：坚持{n}年"),
        {
            "donate_box": (
                "我要捐款 >>",
                "捐赠账户：{site}  开户行：{bank}  账号：{acct}",
                "已筹 {big} 元 ｜ {big} 人次捐赠",
                "一起捐 | 月捐 | 捐赠证书",
                "扫码捐赠",
            ),
        },
        (("donate_box", "inner", 0.25), ("donate_box", "tail", 0.45)),
        spam=0.08,
        traditional=0.3,
    ),
    Family(
        "film_music_review",
        0.9,
        ("影迷网", "光影{city}", "乐评人", "听见音乐", "豆荚影评", "看电影"),
        ("好电影 不错过", "用耳朵旅行", "每一帧都值得", "Film & Music"),
        ("首页", "影评", "新片", "剧集", "综艺", "音乐", "专辑", "榜单", "影人", "票房"),
        ("{site}编辑部",),
        ("年度十佳投票开启", "{site}App全新改版"),
        ("影评", "乐评", "票房", "新歌"),
        (
            "影评｜这部{n}分钟的电影值不值得看",
            "【乐评】新专辑的第{n}首歌",
            "票房破{n}亿 这部国产片凭什么",
        ),
        {
            "rating_box": (
                "评分 {score}/10  {big}人评价",
                "想看 | 看过 | 评分",
                "剧透预警",
                "五星 {pct}%  四星 {pct}%",
                "我的评分：☆☆☆☆☆",
            ),
            "product_card": (
                "导演：{name}  主演：{name} / {name}",
                "类型：剧情 / 爱情  片长：{n}分钟",
                "上映日期：{date}（中国大陆）",
                "专辑：{kw}  发行时间：{date}",
            ),
        },
        (
            ("rating_box", "under", 0.4),
            ("product_card", "under", 0.35),
            ("rating_box", "tail", 0.2),
        ),
        spam=0.15,
        traditional=0.35,
    ),
)
FAMILY_NAMES = tuple(family.name for family in FAMILIES)

# --- spam ---------------------------------------------------------------------------------------

SPAM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "spam_gambling": (
        "{brand}娱乐城 注册送{n}元 官网{spamurl}",
        "澳门{brand}在线棋牌 日赚{big} 加微{wx}",
        "体育投注 真人百家乐 首存即送{pct}% {spamurl}",
        "六合彩内部资料 精准一码 QQ{qq}",
        "{brand}官方直营 信誉平台 {spamurl}",
        "时时彩稳赚计划群 {wx}",
    ),
    "spam_loan": (
        "无抵押贷款 当天放款 额度{big}元 联系{mobile}",
        "黑户白户均可下款 秒批 加V：{wx}",
        "急用钱？凭身份证借{n}万 {spamurl}",
        "网贷逾期 征信修复 包上岸 {mobile}",
        "{city}私人借款 不看征信 {mobile}",
    ),
    "spam_certificate": (
        "办理毕业证 学位证 学信网可查 {mobile}",
        "代办各类资格证 教师证 会计证 包过 QQ{qq}",
        "刻章办证 驾驶证 {mobile}",
        "{city}办证刻章 联系{name}{mobile}",
        "考试包过 答案提前拿 {wx}",
    ),
    "spam_escort": (
        "{city}同城约会 高端模特 上门服务 微信{wx}",
        "{city}夜生活 桑拿SPA 包夜 {mobile}",
        "寂寞女士 找男伴 日结{big} 加Q{qq}",
        "{city}外围 学生妹 {spamurl}",
    ),
    "spam_invoice": (
        "代开{city}增值税发票 {mobile} 点数低",
        "开票 各类普票专票 真票可验 微信{wx}",
        "{city}代开发票公司 {mobile}（{name}经理）",
        "发票代开 全国可开 QQ{qq}",
    ),
    "spam_cure": (
        "祖传秘方 根治{disease} 无效退款 {mobile}",
        "{disease}克星 三天见效 {spamurl}",
        "{city}{disease}医院哪家好 专家在线咨询 {hotline}",
    ),
    "spam_cheat": (
        "{game}外挂 透视自瞄 稳定不封号 QQ{qq}",
        "{game}辅助 免费试用 {spamurl}",
        "代练上分 {game}包赢 {wx}",
    ),
    "spam_stuffing": (
        "{city}seo优化 {city}网站推广 {city}网络营销 {city}快速排名 {city}seo公司",
        "{kw}_{kw}_{kw}_{city}{kw}_最新{kw}官网",
        "棋牌 彩票 体育 {brand} 百家乐 真人 电子 捕鱼",
        "{city}代孕 {city}试管 {city}供卵 {city}助孕中心",
        "免费看片 {spamurl} 高清无码 在线观看",
    ),
}
SPAM_KINDS = ("spam_header", *SPAM_TEMPLATES)

# --- article lines: headlines, subheads, short paragraphs, quotes, mentions ---------------------

HEADLINE_FORMS = (
    "{col}｜{h}",
    "【{col}】{h}",
    "{col} | {h}",
    "{h}（组图）",
    "{md}｜{h}",
    "{cdate} {h}",
    "{col}·No.{n}｜{h}",
    "Vol.{n} {h}",
    "{h}（{n}）",
    "{col}丨{h}",
    "[{col}] {h}",
    "{h}（附视频）",
    "《{col}》{h}",
    "{col}：{h}",
    "{year}·{h}",
    "{h} | {col}",
)
SUBTITLES = (
    "——{city}基层一线见闻",
    "——记{city}{name}和他的同事们",
    "——{site}记者蹲点调查",
    "——来自{city}的报道",
    "——聚焦{city}{kw}新变化",
    "——“{kw}”系列报道之{cn}",
)
SUBHEADS = (
    "守住“第一道防线”",
    "让群众少跑腿",
    "一线的坚守",
    "下好“先手棋”",
    "数据背后的变化",
    "从“盆景”到“风景”",
    "把服务送上门",
    "小切口 大民生",
    "暖心举措接连出台",
    "多方合力破难题",
    "“我们心里踏实了”",
    "蹲点手记",
    "记者观察",
    "链接",
    "背景",
    "声音",
    "延伸",
    "数说",
    "24小时不打烊",
    "{city}经验",
    "{n}项举措落地见效",
    "回应关切",
    "下一步怎么走",
)
SUBHEAD_MARKS = (
    "{cn}、{s}",
    "（{cn}）{s}",
    "{k}.{s}",
    "{k}、{s}",
    "0{k} {s}",
    "■{s}",
    "◆ {s}",
    "【{s}】",
    "▍{s}",
    "◎{s}",
    "Part {k} {s}",
    "第{cn}部分 {s}",
    "◇{s}◇",
    "●{s}",
    "{k} | {s}",
    "★ {s}",
)
CN_NUMBERS = "一二三四五六七八九十"
SHORT_PARAGRAPHS = (
    "事情还得从去年说起。",
    "这并不容易。",
    "变化是实实在在的。",
    "答案是肯定的。",
    "一切都在有序进行。",
    "他们做到了。",
    "时间就是生命。",
    "这样的场景，每天都在上演。",
    "数字背后，是一份份坚守。",
    "效果立竿见影。",
    "问题随之而来。",
    "截至目前，未发现异常情况。",
    "这一天，{city}下起了小雨。",
    "{n}分钟，这是他们给自己定的时限。",
    "没有人叫苦。",
)
QUOTES = (
    "“放心吧，有我们在。”",
    "“大家辛苦了！”{name}说。",
    "“这是我们应该做的。”",
    "“能帮一点是一点。”{name}笑着说。",
    "“再坚持一下！”",
    "“真没想到这么快就办好了。”",
    "“我们一直在。”{name}告诉记者。",
    "“心里踏实多了。”",
)
MENTIONS = (
    "市民可通过“{city}发布”微信公众号进行预约登记，也可拨打热线电话咨询。",
    "据了解，群众登录{city}政务服务网即可在线办理相关业务，无需到现场排队。",
    "活动期间，参与者扫码填写问卷，即可获得一份纪念品。",
    "该平台注册用户已超过{big}人，日均访问量稳定增长。",
    "工作人员还手把手教老人使用手机客户端查询信息、下载电子证照。",
    "记者注意到，不少年轻人通过短视频平台关注到这一活动，并点击链接报名参加。",
    "据介绍，相关作品的版权归创作者所有，展出期间将加强知识产权保护。",
    "“以前要跑好几趟，现在在微信上点几下就办好了。”一位市民说。",
    "不少网友在评论区留言，希望类似的服务能够常态化开展。",
    "群众也可关注官方微博，及时获取最新通知。",
    "目前，配套的客户端已完成升级，新增了语音播报和大字模式。",
    "志愿者们在小区门口张贴二维码，居民扫码即可登记需求。",
    "他说，自己每天都会登录系统查看数据，一有异常就第一时间处理。",
    "有关部门提醒，切勿点击来历不明的链接，谨防诈骗。",
    "此前，已有{n}家单位完成注册认证，其余单位将在月底前完成。",
    "据统计，相关视频的点击量已超过{big}次。",
    "为保护原创，主办方对参赛作品实行版权登记，并提供免费下载服务。",
    "她把老人们的需求一一记在手机备忘录里，再通过微信群分工对接。",
)
DATELINES = (
    "{city}消息 ",
    "本网{city}{md}讯 ",
    "【{city}讯】",
    "{city}，{md}——",
    "（{site}{city}{md}电）",
    "{city}{md}电 ",
    "{city}报道 ",
    "{md}，{city}——",
)

RELATED_TITLES = (
    "{city}：{n}个重点项目集中开工",
    "{city}发布暴雨蓝色预警 市民出行注意安全",
    "{md}起，这些新规开始施行",
    "{city}新增{n}个口袋公园",
    "{prov}出台措施支持{kw}发展",
    "{city}一季度经济数据出炉",
    "夜经济点亮{city}",
    "{city}启动“{kw}”主题活动",
    "{n}所中小学新校区投用",
    "{city}{n}条道路今起封闭施工",
    "周末去哪儿？{city}{n}场展览等你来",
    "{city}市民热线{year}年受理诉求{big}件",
    "{kw}持续升温 {city}准备好了吗",
    "{city}公布第{n}批非遗代表性项目名录",
    "{city}至省城高铁进入联调联试",
    "{year}年{city}将新增{n}万个就业岗位",
    "{city}人才公寓开始申请",
    "今天{city}最高气温{k}{k}℃",
    "{prov}评选{n}个“美丽乡村”示范村",
    "{city}：老旧小区改造惠及{big}户居民",
)

# --- layout -------------------------------------------------------------------------------------

MASTHEADS = (
    "{site}",
    "{site}",
    "{site} | {slogan}",
    "{site}——{slogan}",
    "{site} {domain}",
    "欢迎访问{site}",
    "{site}_{channel}",
    "{site}·{channel}频道",
    "{site}  {slogan}",
    "{site} - {channel}",
    "{site}官方网站",
)
NAV_JOINS = (" | ", "  ", " · ", "｜", " / ", " ", "　")
TOP: tuple[tuple[str, float], ...] = (
    ("lang_switch", 0.07),
    ("date_bar", 0.3),
    ("account_bar", 0.3),
    ("search_bar", 0.22),
    ("app_banner", 0.1),
    ("channel_nav", 0.65),
    ("hot_words", 0.12),
    ("notice_ticker", 0.1),
    ("breadcrumb", 0.5),
)
UNDER: tuple[tuple[str, float], ...] = (
    ("meta_info", 0.72),
    ("font_tool", 0.18),
    ("care_mode", 0.05),
    ("audio_player", 0.08),
)
INNER: tuple[tuple[str, float], ...] = (
    ("ad_label", 0.15),
    ("expand_rest", 0.1),
    ("photo_credit", 0.3),
    ("photo_credit", 0.1),
    ("video_player", 0.08),
    ("inline_related", 0.15),
    ("paywall", 0.04),
    ("page_turner", 0.06),
    ("vote_widget", 0.04),
    ("gallery_counter", 0.06),
    ("attachment", 0.06),
)
TAIL: tuple[tuple[str, float], ...] = (
    ("editor_credit", 0.45),
    ("review_chain", 0.12),
    ("source_note", 0.3),
    ("reprint_note", 0.15),
    ("disclaimer", 0.12),
    ("tag_row", 0.15),
    ("like_bar", 0.2),
    ("share_bar", 0.35),
    ("prev_next", 0.2),
    ("prev_next", 0.1),
    ("related", 0.35),
    ("ranking", 0.12),
    ("comments", 0.2),
    ("qr_promo", 0.2),
    ("follow_prompt", 0.15),
)
BOTTOM: tuple[tuple[str, float], ...] = (
    ("site_links", 0.3),
    ("friend_links", 0.08),
    ("contact_block", 0.25),
    ("contact_block", 0.12),
    ("hotline", 0.1),
    ("copyright", 0.6),
    ("icp", 0.45),
    ("police_record", 0.25),
    ("report_line", 0.1),
    ("tech_support", 0.12),
    ("visit_counter", 0.05),
    ("back_to_top", 0.12),
    ("cookie_note", 0.05),
    ("feedback_link", 0.08),
)
BLOCKS = {  # a block: its head, its item, fewest and most items, how often it has its head
    "related": ("related_head", "related_item", 2, 6, 0.8),
    "ranking": ("ranking_head", "ranking_item", 3, 8, 0.85),
    "comments": ("comment_head", "comment_item", 1, 4, 0.85),
}
OWN_KINDS = tuple(dict.fromkeys(kind for family in FAMILIES for kind in family.own))
ARTICLE_KINDS = (
    "headline",
    "subtitle",
    "paragraph",
    "byline_paragraph",
    "dateline_paragraph",
    "subhead",
    "short_paragraph",
    "quote_paragraph",
    "mention_paragraph",
    "one_line_page",
)
BOILERPLATE_KINDS = tuple(
    dict.fromkeys(("masthead", "channel_nav", *GENERIC, *OWN_KINDS, "comment_box"))
)
KIND_ORDER = (*ARTICLE_KINDS, *BOILERPLATE_KINDS, *SPAM_KINDS)
SWAPPABLE = {"editor_credit", "review_chain", "source_note", "share_bar", "like_bar", "tag_row"}
ONE_LINE_SHARE = 0.05
ONE_LINE_BEFORE = ("masthead", "channel_nav", "breadcrumb", "meta_info", "date_bar")
ONE_LINE_AFTER = ("editor_credit", "source_note", "share_bar", "copyright", "icp")
GOV_FAMILIES = (
    "tourism_bureau",
    "museum_library",
    "ethnic_affairs",
    "ecology_bureau",
    "revenue_stats",
)
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
TO_HALF = str.maketrans({full: half for half, full in HALF_TO_FULL.items()})
HALF = re.compile(r"(?<![0-9A-Za-z/.])[,:()?!;|](?![0-9A-Za-z/])")
INDENTS = ("", "", "", "", "　　", "  ", "\t")


class Slots(dict):
    """The slots of a page's templates: fixed ones (site, city...) and fresh draws."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.base)
        self.page = page

    def __missing__(self, key: str) -> str:
        return self.page.draw(key)


class Page:
    """One page being generated: its family, its fixed slots, its script and style."""

    def __init__(self, rng: random.Random, family: Family, headlines: list[str]) -> None:
        self.rng, self.family, self.headlines = rng, family, headlines
        prov = rng.choice(tuple(PROVINCES))
        short, cities = PROVINCES[prov]
        stem = rng.choice(COMPANY_STEMS)
        tail = rng.choice(COMPANY_TAILS)
        if family.name in GOV_FAMILIES:
            tld = rng.choice((".gov.cn", ".gov.cn", ".cn", ".org.cn"))
        elif family.name in ("charity", "trade_association"):
            tld = rng.choice((".org.cn", ".org", ".cn", ".com"))
        else:
            tld = rng.choice((".com", ".com", ".cn", ".net", ".com.cn", ".cc"))
        year = rng.randint(2019, 2025)
        self.base: dict[str, str] = {
            "prov": prov,
            "city": rng.choice(cities.split()),
            "company": stem + tail,
            "abbr": stem + tail[:2],
            "year": str(year),
            "domain": "www." + "".join(rng.sample(SYLLABLES, rng.randint(2, 3))) + tld,
            "icp": f"{short}ICP备{digits(rng, 8)}号-{rng.randint(1, 5)}",
            "police": f"{short}公网安备 {digits(rng, 14)}号",
            "code": rng.choice(("600", "601", "000", "002", "300", "688")) + digits(rng, 3),
        }
        self.base["site"] = self.fill(rng.choice(family.sites))
        self.base["slogan"] = self.fill(rng.choice(family.slogans))
        self.traditional = rng.random() < family.traditional
        self.converter = rng.choice(("s2t", "s2t", "s2t", "s2tw", "s2tw", "s2hk"))
        self.style = rng.choice(("keep", "keep", "keep", "full", "half"))
        self.indent = rng.choice(INDENTS)
        self.own_headlines: set[str] = set()

    def fill(self, template: str) -> str:
        return template.format_map(Slots(self))

    def draw(self, key: str) -> str:
        rng, base = self.rng, self.base
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        simple: dict[str, Callable[[], str]] = {
            "name": lambda: person(rng),
            "handle": lambda: (
                rng.choice(HANDLE_STEMS) + rng.choice(("", "", str(rng.randint(1, 999))))
            ),
            "date": lambda: f"{base['year']}-{month:02d}-{day:02d}",
            "cdate": lambda: f"{base['year']}年{month}月{day}日",
            "md": lambda: f"{month}月{day}日",
            "time": lambda: f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}",
            "year0": lambda: str(rng.randint(1992, 2012)),
            "week": lambda: rng.choice(WEEK),
            "weather": lambda: rng.choice(WEATHERS),
            "temp": lambda: f"{rng.randint(-5, 18)}~{rng.randint(19, 35)}℃",
            "lunar": lambda: rng.choice(LUNAR),
            "n": lambda: str(
                rng.choice((rng.randint(1, 20), rng.randint(2, 99), rng.randint(10, 500)))
            ),
            "big": lambda: str(rng.randint(1000, 99999)),
            "m": lambda: str(rng.randint(10, 30)),
            "k": lambda: str(rng.randint(1, 9)),
            "mm": lambda: f"{rng.randint(1, 12):02d}",
            "ss": lambda: f"{rng.randint(0, 59):02d}",
            "pct": lambda: str(rng.randint(3, 95)),
            "phone": lambda: f"0{rng.randint(10, 999)}-{digits(rng, 8)}",
            "mobile": lambda: "1" + rng.choice("35789") + digits(rng, 9),
            "hotline": lambda: f"400-{digits(rng, 3)}-{digits(rng, 4)}",
            "qq": lambda: digits(rng, rng.randint(8, 10)),
            "wx": lambda: (
                rng.choice(("vip", "kf", "dd", "hh", "a", "zx")) + digits(rng, rng.randint(4, 8))
            ),
            "zip": lambda: digits(rng, 6),
            "code10": lambda: digits(rng, 10),
            "acct": lambda: digits(rng, 19),
            "road": lambda: rng.choice(ROADS),
            "kw": lambda: rng.choice(KEYWORDS),
            "comment": lambda: rng.choice(COMMENTS),
            "doc": lambda: rng.choice(DOCS),
            "device": lambda: rng.choice(DEVICES),
            "cms": lambda: rng.choice(CMS),
            "bank": lambda: rng.choice(BANKS),
            "brand": lambda: rng.choice(SPAM_BRANDS),
            "disease": lambda: rng.choice(DISEASES),
            "game": lambda: rng.choice(GAMES),
            "score": lambda: f"{rng.randint(5, 9)}.{rng.randint(0, 9)}",
            "price": lambda: f"{rng.randint(3, 180)}.{rng.randint(0, 99):02d}",
            "sign": lambda: rng.choice("+-"),
            "index": lambda: f"{rng.randint(2900, 3600)}.{rng.randint(0, 99):02d}",
            "cn": lambda: rng.choice(CN_NUMBERS[:5]),
            "channel": lambda: rng.choice(self.family.channels[1:]),
            "email": lambda: (
                rng.choice(("news", "service", "info", "tougao", "kefu"))
                + "@"
                + base["domain"].removeprefix("www.")
            ),
            "tech": lambda: self.fill(rng.choice(TECHS)),
            "notice": lambda: self.fill(rng.choice(self.family.notices)),
            "org": lambda: self.fill(rng.choice(self.family.orgs)),
        }
        if key in simple:
            return simple[key]()
        if key == "url":
            path = rng.choice(("news", "content", "art", "html", "zx", "xwzx", "p"))
            return (
                f"https://{base['domain']}/{path}/{base['year']}{month:02d}/t{digits(rng, 8)}.html"
            )
        if key == "spamurl":
            stem = "".join(rng.sample(SYLLABLES, 2)) + str(rng.randint(1, 999))
            return (
                rng.choice(("www.", "", "m."))
                + stem
                + rng.choice((".com", ".vip", ".cc", ".net", ".top"))
            )
        if key == "source":
            return self.fill(
                rng.choice(("{site}", "{site}", "{org}", "{city}发布", "网络", "{site}综合"))
            )
        if key == "title":
            title = ""
            while not title or title in self.own_headlines:
                chance = rng.random()
                if chance < 0.3:
                    title = rng.choice(self.headlines)
                elif chance < 0.7:
                    title = self.fill(rng.choice(RELATED_TITLES))
                else:
                    title = self.fill(rng.choice(self.family.headlines))
            return title
        raise KeyError(key)

    # -- lines --

    def furniture(self, kind: str, zone: str, template: str = "") -> Draft:
        if template:
            text = self.fill(template)
        elif kind == "masthead":
            text = self.fill(self.rng.choice(MASTHEADS))
        elif kind == "channel_nav":
            channels = list(self.family.channels)
            picked = channels[:1] + self.rng.sample(
                channels[1:], self.rng.randint(4, len(channels) - 1)
            )
            if self.rng.random() < 0.3:
                picked = picked[1:]
            text = self.rng.choice(NAV_JOINS).join(picked)
        else:
            text = self.fill(self.rng.choice(self.family.own.get(kind) or GENERIC[kind]))
        return Draft(BOILERPLATE, kind, zone, text)

    def kinds(self, table: tuple[tuple[str, float], ...], zone: str) -> list[Draft]:
        drafts = []
        for kind, chance in table:
            if self.rng.random() >= chance:
                continue
            if kind in BLOCKS:
                head, item, fewest, most, with_head = BLOCKS[kind]
                if self.rng.random() < with_head:
                    drafts.append(self.furniture(head, zone))
                template = self.rng.choice(self.family.own.get(item) or GENERIC[item])
                for number in range(1, self.rng.randint(fewest, most) + 1):
                    self.base["k"] = str(number)
                    drafts.append(self.furniture(item, zone, template))
                self.base.pop("k", None)
                if kind == "comments" and self.rng.random() < 0.5:
                    drafts.append(self.furniture("comment_box", zone))
            else:
                drafts.append(self.furniture(kind, zone))
        return drafts

    def own_parts(self, where: str, zone: str) -> list[Draft]:
        table = tuple((kind, chance) for kind, slot, chance in self.family.parts if slot == where)
        return self.kinds(table, zone)

    def spam(self, zone: str) -> Draft:
        kind = self.rng.choice(tuple(SPAM_TEMPLATES))
        text = self.fill(self.rng.choice(SPAM_TEMPLATES[kind]))
        return Draft(SPAM, "spam_header" if zone == HEADER else kind, zone, text)

    def article(self, category: str, zone: str, text: str) -> Draft:
        return Draft(ARTICLE, category, zone, self.fill(text) if "{" in text else text)


# --- a page -------------------------------------------------------------------------------------


def page_headlines(page: Page, seed: SeedArticle) -> list[Draft]:
    """The headline run: the seed's (or the family's own), perhaps column-tagged, dated or
    numbered, perhaps with a subtitle."""
    rng = page.rng
    heads = list(seed.headlines)
    if not heads or rng.random() < 0.1:
        heads = [page.fill(rng.choice(page.family.headlines))]
    elif rng.random() < 0.35:
        column = page.fill(rng.choice(page.family.columns))
        form = rng.choice(HEADLINE_FORMS).replace("{col}", column)
        heads[0] = page.fill(form.replace("{h}", "{{h}}")).replace("{h}", heads[0])
    page.own_headlines.update(heads, seed.headlines)
    drafts = [Draft(ARTICLE, "headline", HEADER, head) for head in heads]
    if rng.random() < 0.1:
        drafts.append(page.article("subtitle", HEADER, rng.choice(SUBTITLES)))
    return drafts


def paragraph_draft(text: str) -> Draft:
    """A seed paragraph: a byline lead and a signature, if any, are glued furniture."""
    prefix = suffix = ""
    byline = BYLINE.match(text)
    if byline:
        prefix, text = byline.group(), text[byline.end() :]
    signed = SIGNED.search(text)
    if signed and signed.start() > 0:
        suffix, text = signed.group(), text[: signed.start()]
    category = "byline_paragraph" if prefix else "paragraph"
    return Draft(ARTICLE, category, BODY, text, prefix, suffix)


def subhead_text(page: Page, number: int, style: str, text: str = "") -> str:
    text = text or page.fill(page.rng.choice(SUBHEADS))
    return (
        style.replace("{cn}", CN_NUMBERS[number - 1])
        .replace("{k}", str(number))
        .replace("{s}", text)
    )


def body_drafts(page: Page, seeds: list[SeedArticle], index: int) -> list[Draft]:
    """The body: the seed's paragraphs (and now and then the next seed's, under its own
    headlines as subheads), with article hard negatives put in."""
    rng = page.rng
    seed = seeds[index]
    body = [paragraph_draft(text) for text in seed.paragraphs]
    style = rng.choice(SUBHEAD_MARKS)
    merged = index + 1 < len(seeds) and bool(seeds[index + 1].headlines) and rng.random() < 0.2
    if merged:
        following = seeds[index + 1]
        marked = rng.random() < 0.5
        for number, head in enumerate(following.headlines, start=1):
            text = subhead_text(page, number, style, head) if marked else head
            body.append(Draft(ARTICLE, "subhead", BODY, text))
        body += [paragraph_draft(text) for text in following.paragraphs]
    plain = [i for i, draft in enumerate(body) if draft.category == "paragraph"]
    if plain and rng.random() < 0.25:
        first = body[plain[0]]
        first.core = page.fill(rng.choice(DATELINES)) + first.core
        first.category = "dateline_paragraph"
    inserts: list[Draft] = []
    if not merged and rng.random() < 0.35:
        texts = rng.sample(SUBHEADS, rng.randint(1, 3))
        for number, text in enumerate(texts, start=1):
            text = subhead_text(page, number, style, page.fill(text))
            inserts.append(Draft(ARTICLE, "subhead", BODY, text))
    for category, pool, chance, most in (
        ("short_paragraph", SHORT_PARAGRAPHS, 0.3, 2),
        ("quote_paragraph", QUOTES, 0.25, 1),
        ("mention_paragraph", MENTIONS, 0.4, 2),
    ):
        if rng.random() < chance:
            for _ in range(rng.randint(1, most)):
                inserts.append(page.article(category, BODY, rng.choice(pool)))
    # subheads in order, each before a different paragraph; the rest after the first one
    subheads = [draft for draft in inserts if draft.category == "subhead"]
    others = [draft for draft in inserts if draft.category != "subhead"]
    places = sorted(rng.sample(range(1, len(body)), min(len(subheads), len(body) - 1)))
    for place, draft in reversed(list(zip(places, subheads, strict=False))):
        body.insert(place, draft)
    for draft in others:
        body.insert(rng.randint(1, max(1, len(body) - 1)), draft)
    return body


def spam_lines(page: Page, drafts: list[Draft], header: int, body: int) -> list[Draft]:
    """The page's lines with spam in its header, footer or (now and then) between paragraphs;
    ``header`` and ``body``: how many lines the header and body have."""
    rng = page.rng
    where = rng.choice(("header", "footer", "both", "header", "footer", "body"))
    drafts = list(drafts)
    if where in ("footer", "both"):
        for _ in range(rng.randint(1, 3)):
            drafts.insert(
                rng.randint(max(header + body, len(drafts) - 4), len(drafts)), page.spam(FOOTER)
            )
    if where == "body" and body > 2:
        drafts.insert(header + rng.randint(1, body - 1), page.spam(BODY))
    if where in ("header", "both") or (where == "body" and body <= 2):
        for _ in range(rng.randint(1, 3)):
            drafts.insert(rng.choice((0, 1, 1, min(2, header), min(3, header))), page.spam(HEADER))
    return drafts


def page_drafts(page: Page, seeds: list[SeedArticle], index: int) -> list[Draft]:
    """The lines of a page in order: header, body and footer."""
    rng = page.rng
    headlines = page_headlines(page, seeds[index])
    if index + 1 < len(seeds):  # the next seed's headlines may be this page's subheads
        page.own_headlines.update(seeds[index + 1].headlines)
    header = [page.furniture("masthead", HEADER)] if rng.random() < 0.93 else []
    top = page.kinds(TOP, HEADER)
    if len(top) > 2 and rng.random() < 0.3:  # bars in another order
        top[:3] = rng.sample(top[:3], 3)
    header += top + page.own_parts("top", HEADER)
    header += headlines
    header += page.kinds(UNDER, HEADER) + page.own_parts("under", HEADER)
    if rng.random() < 0.15:  # meta rows above the headline
        heads = [i for i, draft in enumerate(header) if draft.category == "headline"]
        metas = [draft for draft in header[heads[-1] :] if draft.category == "meta_info"]
        for draft in metas:
            header.remove(draft)
            header.insert(heads[0], draft)
    body = body_drafts(page, seeds, index)
    for draft in page.kinds(INNER, BODY) + page.own_parts("inner", BODY):
        if len(body) > 1:
            body.insert(rng.randint(1, len(body) - 1), draft)
    tail = page.own_parts("tail", FOOTER) + page.kinds(TAIL, FOOTER)
    for i in range(len(tail) - 1):
        if {tail[i].category, tail[i + 1].category} <= SWAPPABLE and rng.random() < 0.3:
            tail[i], tail[i + 1] = tail[i + 1], tail[i]
    footer = tail + page.kinds(BOTTOM, FOOTER)
    drafts = header + body + footer
    if rng.random() < page.family.spam:
        drafts = spam_lines(page, drafts, len(header), len(body))
    return drafts


def one_line_page(page: Page, seed: SeedArticle) -> list[Draft]:
    """The whole page as one line: the article with furniture glued to both ends."""
    rng = page.rng
    before = [page.furniture(kind, HEADER).core for kind in ONE_LINE_BEFORE if rng.random() < 0.5]
    after = [page.furniture(kind, FOOTER).core for kind in ONE_LINE_AFTER if rng.random() < 0.5]
    before = before or [page.furniture("masthead", HEADER).core]
    after = after or [page.furniture("copyright", FOOTER).core]
    heads = [draft.core for draft in page_headlines(page, seed)]
    core = " ".join(heads) + " " + rng.choice(("", " ", "　")).join(seed.paragraphs)
    glue = rng.choice((" ", "  ", " | "))
    return [
        Draft(
            ARTICLE, "one_line_page", BODY, core, glue.join(before) + glue, glue + glue.join(after)
        )
    ]


def styled(page: Page, text: str) -> str:
    """``text`` in the page's punctuation width and script."""
    if page.style == "full":
        text = HALF.sub(lambda match: HALF_TO_FULL[match.group()], text)
    elif page.style == "half":
        text = text.translate(TO_HALF)
    if page.traditional:
        text = CONVERTERS[page.converter].convert(text)
    return text


def generate(rng: random.Random, seeds: list[SeedArticle], headlines: list[str]) -> Document:
    family = rng.choices(FAMILIES, weights=[family.weight for family in FAMILIES])[0]
    page = Page(rng, family, headlines)
    index = rng.randrange(len(seeds))
    one_line = rng.random() < ONE_LINE_SHARE
    drafts = one_line_page(page, seeds[index]) if one_line else page_drafts(page, seeds, index)
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


def template_tables() -> list[tuple[str, ...]]:
    tables: list[tuple[str, ...]] = [*GENERIC.values(), *SPAM_TEMPLATES.values()]
    tables += [MASTHEADS, HEADLINE_FORMS, SUBTITLES, SUBHEADS, SUBHEAD_MARKS, SHORT_PARAGRAPHS]
    tables += [QUOTES, MENTIONS, DATELINES, TECHS, RELATED_TITLES]
    for family in FAMILIES:
        tables += [family.sites, family.slogans, family.orgs, family.notices, family.columns]
        tables += [family.headlines, *family.own.values()]
    return tables


def template_count() -> tuple[int, int]:
    """How many templates the set has, and how many of them have slots."""
    templates = [template for table in template_tables() for template in table]
    return len(templates), sum("{" in template for template in templates)


SET = HeldOutSet(
    8,
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

"""A held-out test of the boilerplate step: page templates written without reading the rules.

    python benchmarks/boilerplate_heldout.py [--documents 1000] [--seed 0] [--misses 40] [--json]

The rules of the boilerplate step were tuned against the generated corpus of
``boilerplate_corpus.py``, so that corpus no longer measures how they do on pages they have
not seen. The templates here were written afresh, from general knowledge of how Chinese news
pages surround an article (people.com.cn, xinhuanet, 澎湃, 网易新闻, county 融媒体 sites,
provincial 数字报 e-paper pages, portals reprinting articles), by someone who did not read
``textclean/data/boilerplate.toml``, ``textclean/data/spam.toml``,
``textclean/boilerplate/*.py`` or ``benchmarks/boilerplate_corpus.py``. They were not
changed after seeing the scores. Do not tune the rules against this file either, or it
stops being held out.

Each generated document: perhaps an SEO spam header, site header lines, a headline, body
paragraphs (the ``article`` lines of ``tests/boilerplate/labels/*.tsv``, with hard
negatives: ordinary reporting sentences that mention 版权, 来源, 举报电话, 赌博, 免责条款 …,
some as first or last paragraph or as the headline), photo credits and the odd spam line,
then footer lines; about 30% rendered in Traditional script (opencc s2t), punctuation width
and spacing varied, lines joined by one or two newlines.

Each document goes through ``textclean.boilerplate.classify_lines`` and is scored line by
line with the outcome and tally code of ``boilerplate_scoring.py``: removal precision, recall
of boilerplate and spam lines, spam-header recall (removed and flagged spam), the share of
article characters kept (a byline lead such as ``本报讯(记者 …)`` or a trailing credit may
go), per kind and per zone of the page, then up to ``--misses`` misses with the rule that
cut (for article lines) or the rule that matched but did not cut (for kept lines).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from random import Random
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import opencc  # noqa: E402
from boilerplate_scoring import (  # noqa: E402
    ARTICLE,
    BOILERPLATE,
    SCRIPTS,
    SPAM,
    Miss,
    Tallies,
    Tally,
    arguments,
    body_zone_note,
    category_rank,
    checked,
    kind_cells,
    line_counts,
    markdown,
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

LABELS_DIR = ROOT / "tests" / "boilerplate" / "labels"

# --- templates ----------------------------------------------------------------------------
# Placeholders are {key} (lowercase, no spaces); each is filled afresh where it occurs.

HEAD: dict[str, list[str]] = {
    "menu": [
        "首页 | 新闻 | 时政 | 国际 | 财经 | 体育 | 娱乐 | 科技 | 教育 | 健康",
        "首页  要闻  本地  县域  专题  视频  图片  评论",
        "设为首页 | 加入收藏 | 联系我们",
        "登录 注册 | 手机版 | 客户端下载",
        "无障碍浏览 长者模式 | 繁体 | 简体",
        "新闻 图片 视频 直播 专题 评论 English",
        "打开APP，阅读更多精彩内容",
        "下载{site}客户端，看更多新闻",
        "网站首页 政务公开 政务服务 互动交流 走进{county}",
        "今日{county} 乡镇动态 部门动态 图片新闻 视频新闻",
    ],
    "breadcrumb": [
        "当前位置：首页 > {section} > 正文",
        "您现在的位置：{site} >> {section} >> {sub}",
        "位置：首页 → {section} → 内容",
        "{site} > {section} > 正文",
        "首页 / {section} / 详情",
        "网站首页 > 新闻中心 > {section}",
        "{site}首页 >> 正文",
        "当前位置: 首页 » {section} » {sub}",
    ],
    "epaper": [
        "第{page}版：{pagename} PDF版",
        "{paper} {date} 第{page}版",
        "版面导航  上一版  下一版",
        "第{page}版：{pagename}  上一版  下一版",
        "数字报 | {paper}数字报刊平台",
        "{date}  星期{wd}  {paper}  第{page}版",
        "版次：{page}  版名：{pagename}  稿源：{paper}",
        "往期回顾  版面导航  标题导航",
        "{paper}电子版 {date}",
        "PDF下载 | 版面导航 | 返回目录",
    ],
    "date": [
        "{date}",
        "{date} {time}",
        "发布时间：{date} {time}",
        "发布日期：{date}  浏览次数：{num}",
        "更新时间：{date} {time}",
        "{year}年{month}月{day}日 星期{wd} 农历{lunar}",
        "时间：{date}  点击：{num}次",
        "今天是{year}年{month}月{day}日 星期{wd}",
    ],
    "source": [
        "来源：{site}",
        "{date} {time}  来源：{site}",
        "来源：{paper}    作者：{name}",
        "稿件来源：{county}融媒体中心",
        "信息来源：{county}人民政府办公室",
        "文章来源：{site}  发布时间：{date}",
        "来源: {site}  |  {date}",
        "本文来源：{paper}  原作者：{name}",
        "转载自：{site}微信公众号",
        "{site} {date} {time} 来源:{paper} 字号:T|T",
        "来源：{paper}{date}第{page}版",
        "作者：{name}  来源：{site}  发布时间：{date} {time}",
        "信息提供单位：{county}{bureau}",
    ],
    "byline": [
        "记者 {name}",
        "□记者 {name} 通讯员 {name}",
        "文/{name}  图/{name}",
        "本报记者 {name} {name}",
        "作者：{name}（{county}融媒体中心）",
        "◎ 文图/本报记者 {name}",
        "新华社记者 {name} {name}",
        "撰稿：{name}  摄影：{name}",
        "特约通讯员 {name}",
        "作者 | {name}",
    ],
    "original-title": [
        "原标题：{title}",
        "原题：{title}",
        "【原标题：{title}】",
        "（原标题：{title}）",
    ],
    "summary": [
        "[摘要] {lead}",
        "摘要：{lead}",
        "导读：{lead}",
        "核心提示：{lead}",
        "【导语】{lead}",
    ],
    "share": [
        "分享到：",
        "分享到： 微信 微博 QQ空间",
        "分享 | 收藏 | 打印 | 关闭",
        "扫一扫在手机打开当前页",
        "点赞({num}) 收藏 分享",
    ],
    "font-size": [
        "字号：大 中 小",
        "【字体：大 中 小】",
        "字体：A+ A-",
        "【字号 大 中 小】 【打印】 【关闭】",
        "默认 大 超大 | 背景色",
        "阅读模式 字号 T T",
    ],
    "cms": [
        "{{ article.title }}",
        "点击数：{num}",
        "[ 阅读次数：{num} ]",
        "浏览量：{num}",
        "视频加载中，请稍候...",
        "请使用IE9以上浏览器访问本网站",
    ],
}

FOOT: dict[str, list[str]] = {
    "editor": [
        "责任编辑：{name}",
        "（责任编辑：{name}）",
        "【责任编辑：{name}】",
        "编辑：{name}  校对：{name}  审核：{name}",
        "责编：{name}",
        "编辑 {name}",
        "初审：{name} 复审：{name} 终审：{name}",
        "值班编辑：{name}",
        "编辑：{name} 二审：{name} 三审：{name}",
        "本期编辑 {name} 美编 {name}",
        "校对：{name}",
        "监制：{name}  主编：{name}",
        "【编辑:{name}】",
        "流程编辑：{name}",
        "文字编辑：{name} 视觉：{name}",
        "本版责编：{name}  美编：{name}  校对：{name}",
        "【我要纠错】 责任编辑：{name}",
    ],
    "source": [
        "（来源：{paper}）",
        "来源：{paper}（{date}第{page}版）",
        "本文转自：{site}",
    ],
    "share": [
        "【打印】【关闭】【纠错】",
        "打印本页 关闭窗口",
        "微信扫一扫，分享到朋友圈",
        "一键分享 微信 微博 抖音",
        "用微信扫描二维码 分享至好友和朋友圈",
        "【返回顶部】【打印本页】【关闭窗口】",
        "返回首页 | 返回列表 | 关闭窗口",
    ],
    "copyright": [
        "版权所有 © {year} {site} All Rights Reserved",
        "Copyright © 2006-{year} {domain} All Rights Reserved",
        "{site} 版权所有，未经授权禁止复制或建立镜像",
        "主办：{county}融媒体中心  承办：{county}网络信息中心",
        "主管：中共{county}委宣传部  主办：{county}融媒体中心",
        "本网站由{paper}社主办  版权所有 不得转载",
        "© {year} {site}",
        "版权声明：本文为{site}原创，转载请注明出处",
        "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为{site}版权所有，"
        "未经协议授权，禁止下载使用。",
        "Copyright©{year} {paper}社 版权所有",
    ],
    "icp": [
        "{prov}ICP备{d8}号-{n}",
        "{prov}公网安备 {d14}号",
        "ICP备案号：{prov}ICP备{d8}号  {prov}公网安备{d14}号",
        "互联网新闻信息服务许可证：{d5}{d6}",
        "信息网络传播视听节目许可证：{d7}号",
        "网站标识码：{code}  {prov}ICP备{d8}号",
        "增值电信业务经营许可证：{prov}B2-{d8}",
        "网络文化经营许可证 {prov}网文〔{year}〕{d4}-{d3}号",
        "广播电视节目制作经营许可证（{prov}）字第{d5}号",
    ],
    "disclaimer": [
        "声明：本文转载自{site}，仅代表作者观点，不代表本网立场。",
        "免责声明：本站所转载文章均来自网络，如有侵权请联系删除。",
        "凡本网注明“来源：{site}”的所有作品，版权均属于{site}，转载请注明出处。",
        "凡本网注明“来源：XXX（非{site}）”的作品，均转载自其它媒体，转载目的在于传递更多"
        "信息，并不代表本网赞同其观点和对其真实性负责。",
        "如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。",
        "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“{site}号”用户上传并"
        "发布，本平台仅提供信息存储服务。",
        "本文仅代表作者观点，与本站立场无关。",
        "本站部分内容来源于网络，若有侵权请及时联系我们删除。",
        "文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
        "未经{site}书面授权，请勿转载。",
        "转载请注明来源：{site}  原文链接：https://www.{domain}/{path}.html",
        "本文系作者授权{site}发表，并经{site}编辑，转载请注明出处。",
    ],
    "related": [
        "相关新闻",
        "相关阅读：",
        "推荐阅读",
        "热点推荐",
        "猜你喜欢",
        "24小时热文排行",
        "延伸阅读：{other}",
        "【相关新闻】{other}",
        "上一篇：{other}",
        "下一篇：{other}",
        "更多精彩内容，请关注{site}",
    ],
    "tags": [
        "相关热词：{kw} {kw}",
        "关键词：{kw} {kw} {kw}",
        "标签：{kw}  {kw}",
        "热词搜索：{kw} | {kw} | {kw}",
        "Tags: {kw} {kw}",
        "#{kw}# #{kw}#",
    ],
    "contact": [
        "违法和不良信息举报电话：{phone}  举报邮箱：jubao@{domain}",
        "投稿邮箱：{email}",
        "新闻热线：{phone}",
        "联系我们：{phone}  地址：{county}{road}{num}号",
        "网站纠错电话：{phone}",
        "广告热线：{phone}  发行热线：{phone}",
        "读者服务热线：{phone}",
        "地址：{city}市{road}{num}号  邮编：{d6}",
        "欢迎扫码关注{county}融媒体中心官方抖音号",
        "中国互联网举报中心 | 网络110报警服务 | 12321网络不良与垃圾信息举报受理中心",
        "违法和不良信息举报电话：12377",
        "广告合作请联系 {phone}",
        "扫码关注{site}微信公众号",
    ],
    "cms": [
        "$(function(){ $('.share-box').show(); });",
        "document.write(\"<script src='/js/count.js'></script>\");",
        "{date} {page} {n} {paper} content_{num}.html {n} {title}",
        "图片加载中...",
        "该视频暂无法播放",
        "您的浏览器不支持 video 标签。",
        "附件下载：{title}.docx",
        "本文共{n}页 [1] [2] [3] 下一页",
        "网页版 | 手机版",
        "扫码阅读手机版",
        "【纠错】",
    ],
    "epaper": [
        "上一篇  下一篇  返回目录",
        "{paper}社出版  本版面由{paper}数字报系统生成",
        "第{page}版  {pagename}  共{n}篇",
    ],
}

BODY: dict[str, list[str]] = {
    "photo-credit": [
        "（{name} 摄）",
        "新华社记者 {name} 摄",
        "本报记者 {name} 摄",
        "记者 {name} 摄",
        "▲ 图片来源：{site}",
        "图/视觉中国",
        "（图片由{county}融媒体中心提供）",
        "供图：{name}",
        "题图：{name}",
        "配图来源于网络，侵删",
        "视频：{name}  剪辑：{name}",
    ],
}

RELATED_ITEMS = [
    "· {other}",
    "{other}  {date}",
    ">> {other}",
    "{n}. {other}",
    "{other}",
]
"""Items of a related block, after its heading (kind ``related``)."""

SPAM_HEADERS = [
    "澳门新葡京娱乐场_线上真人百家乐_官方唯一指定网站",
    "六合彩开奖结果今晚_香港马会资料大全_一码中特",
    "免费午夜福利视频在线观看_成人影院_国产精品自拍",
    "办理毕业证学历认证_快速办假证_各类资格证书代办",
    "北京赛车pk10计划_时时彩后一稳赢技巧_彩票平台注册送彩金",
    "亚洲av高清无码在线_夜夜爽天天看_成人网站入口",
    "真钱棋牌游戏下载_捕鱼电玩城_注册即送88元",
    "体育投注app_皇冠足球比分网_网上赌球官网",
    "出售驾驶证身份证_刻章办证_诚信代办各类证件 电话微信同号",
    "威尼斯人线上平台-太阳城集团-永利皇宫官网登录",
    "幸运飞艇开奖直播|快三大小单双计划|彩票导师带单",
    "欧美日韩精品一区二区|午夜看片免费网站|草莓视频污版",
]
SPAM_LINES = [
    "【网赌平台推荐】百家乐 龙虎斗 炸金花 牛牛 21点 上分下分秒到账",
    "加微信{d6}办理各类证件 身份证 驾驶证 毕业证 结婚证 保真",
    "彩票计划群 稳赚不赔 时时彩 快三 pk10 包赔 私聊",
    "色情直播 看片神器 成人视频 免费看 无需注册 点击进入",
    "澳门皇冠 真人娱乐 首存送100% 日返水1.5% 24小时出款",
    "最新黄色网站 一级毛片 免费福利 宅男必备",
    "博彩 网投 赌场 包网 搭建 源码出售 支持USDT",
    "代办四六级证书 会计证 教师资格证 学信网可查 不成功不收费",
    "开元棋牌|AG真人|电子老虎机|bbin平台官方入口",
]

HARD_NEGATIVES = [
    "近年来，我县持续加大知识产权和版权保护力度，全年共查处侵权盗版案件12起，收缴非法出版物"
    "3000余册。",
    "为拓宽资金来源，该合作社积极对接县农商银行，争取到小额信贷资金200万元，解决了扩大生产的"
    "燃眉之急。",
    "县人民法院近日审结一起开设赌场案，被告人张某利用网络平台组织他人赌博，非法获利40余万元，"
    "被判处有期徒刑三年。",
    "合同中的免责条款是否有效，成为庭审的焦点。法官认为，该条款免除了经营者的主要责任，依法应"
    "认定无效。",
    "县纪委监委公布了举报电话12388，欢迎广大群众对疫情防控中的失职渎职行为进行监督。",
    "报社编辑部日前收到读者来信，反映部分乡镇防疫物资发放不及时的问题，县里随即组织专班进行核查。",
    "据县公安局介绍，今年以来共破获电信网络诈骗案件46起，其中不少受害人是在浏览所谓“免费观看”"
    "的网站时被诱导下载了诈骗软件。",
    "市场监管部门提醒，购买彩票应通过正规渠道，切勿轻信所谓“内部计划”“稳赚不赔”等虚假宣传。",
    "警方在行动中捣毁一个伪造证件窝点，现场查获伪造的毕业证、驾驶证等各类证件200余本。",
    "记者从县融媒体中心了解到，今年该中心共采写新闻稿件3000余篇，其中200余篇被省级以上媒体转载。",
    "活动现场，工作人员向群众发放了《关于严厉打击网络赌博违法犯罪的通告》，并现场解答了群众"
    "关心的问题。",
    "该县还开通了24小时服务热线，群众有困难可直接拨打电话求助，工作人员将在半小时内上门服务。",
    "扫黄打非办公室相关负责人表示，将持续开展“净网”专项行动，重点整治网络淫秽色情和侵权盗版信息。",
    "来源于社会各界的捐款共计56万元，已全部用于购买防疫物资并发放到一线。",
    "这篇原标题为《春天里的坚守》的通讯稿件在全县征文比赛中获得一等奖，作者是一名年仅23岁的"
    "乡村教师。",
    "责任编辑出身的王某如今已是一家文化公司的负责人，他告诉记者，公司今年的版权收入同比增长了"
    "三成。",
    "版权所有者可以通过登记获得更充分的保护，县版权局今年共办理作品登记1200件。",
    "分享经验、交流做法，座谈会上，来自全市各县区的20余名基层干部先后发言。",
    "来源地为中高风险地区的人员，须在抵达后12小时内向所在村（社区）报告。",
    "编辑、记者、摄影师组成的报道小分队连续三天深入一线，记录下了许多感人的瞬间。",
    "举报人李某向记者表示，他在网上看到有人兜售“包过”的假证书后，第一时间拨打了12345热线。",
    "本案中，被告人通过聊天群发布“六合彩”投注信息，组织他人参与赌博，涉案金额高达120万元。",
    "免责声明不能成为商家逃避责任的“挡箭牌”，消费者权益保护法对此有明确规定。",
    "打印、复印、扫描等便民服务如今在村党群服务中心就能办理，群众再也不用跑到县城。",
    "发布时间提前到每天上午10点，县疫情防控指挥部将通过官方微信公众号及时公开相关信息。",
    "采访结束时已是深夜，记者的手机上还不断收到村民发来的感谢信息。",
    "相关新闻报道播出后，引起社会广泛关注，多家爱心企业主动联系捐赠物资。",
    "关键词：担当。这是记者在采访中听到最多的一个词。",
    "据了解，该网站未经许可擅自转载他人作品，被法院判令赔偿版权方经济损失5万元。",
    "网站备案、ICP许可证办理等业务已纳入政务服务大厅“一窗通办”，企业办理时间由过去的20天"
    "缩短为5天。",
    "县网信办工作人员介绍，群众发现网上违法和不良信息，可以通过举报电话或邮箱进行反映。",
    "为确保公平公正，本次招聘考试由县纪委监委全程监督，考生如有疑问可拨打咨询电话0394-5421234。",
    "作者张某在书中记录了自己在扶贫一线的所见所闻，全书共分为六章，约20万字。",
    "摘要式的汇报被取消了，取而代之的是现场查看和随机走访。",
    "在这起合同纠纷中，双方对“不可抗力免责”条款的理解存在分歧，法院最终支持了原告的诉讼请求。",
    "该县对彩票销售网点开展专项检查，共检查网点86个，责令整改3个。",
    "转载、编辑、发布虚假疫情信息的行为将被依法追究责任，县公安局已对2名造谣者依法予以行政拘留。",
    "上一篇报道中提到的那位独居老人，如今已经顺利出院，村干部每天都会上门看望。",
    "色情、赌博等违法信息是本次“清朗”行动的重点整治对象，截至目前已清理相关有害信息1.2万余条。",
    "校对工作看似简单，实则需要极大的耐心，老周在县报社一干就是三十年，经手的稿件没出过一次差错。",
    "版面设计、栏目设置全面改版后，该报县域版更加贴近群众生活。",
    "联系我们的志愿者大多是附近的大学生，他们利用假期主动报名参与疫情防控。",
    "声明发布后，涉事企业于当天下午召回了全部问题产品。",
]
HARD_HEADLINES = [
    "我县严厉打击网络赌博违法犯罪",
    "版权保护进乡村",
    "举报有奖 全民监督",
    "县法院宣判一起开设赌场案",
    "免责条款不能“一免了之”",
]

# --- fillers ------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文斌辉鹏宇欣然浩晨阳雪梅"
SITES = [
    "人民网", "新华网", "澎湃新闻", "网易新闻", "央视网", "中国新闻网", "光明网", "大河网",
    "荆楚网", "东方网", "红网", "南方网", "浙江在线", "齐鲁网", "四川在线", "中国青年网",
    "凤凰网", "搜狐", "腾讯新闻", "各界新闻网", "映象网", "顶端新闻",
]  # fmt: skip
DOMAINS = [
    "people.com.cn", "xinhuanet.com", "thepaper.cn", "163.com", "dahe.cn", "cnhubei.com",
    "eastday.com", "rednet.cn", "southcn.com", "zjol.com.cn", "iqilu.com", "scol.com.cn",
    "youth.cn", "ifeng.com", "hnr.cn", "sxdaily.com.cn",
]  # fmt: skip
PAPERS = [
    "河南日报", "周口日报", "大众日报", "南方日报", "湖北日报", "新华日报", "浙江日报",
    "四川日报", "陕西日报", "安徽日报", "驻马店日报", "商洛日报", "大河报", "人民日报",
]  # fmt: skip
COUNTIES = [
    "商水县", "正阳县", "郸城县", "鹿邑县", "西华县", "扶沟县", "太康县", "沈丘县", "项城市",
    "淮阳区", "上蔡县", "汝南县", "丹凤县", "柞水县", "洛南县", "新蔡县",
]  # fmt: skip
CITIES = ["周口", "驻马店", "商洛", "郑州", "武汉", "济南", "成都", "西安", "合肥", "长沙"]
SECTIONS = ["新闻中心", "时政要闻", "本地新闻", "县域经济", "社会民生", "乡镇动态", "图片新闻"]
SUBS = ["正文", "要闻", "综合", "部门动态", "基层一线", "理论评论"]
PAGENAMES = ["要闻", "综合新闻", "县域经济", "时政", "本地新闻", "理论", "副刊", "民生", "社会"]
PROVINCES = "京沪粤浙豫鄂湘川陕鲁苏皖"
BUREAUS = ["农业农村局", "教育体育局", "卫生健康委员会", "融媒体中心", "人力资源和社会保障局"]
ROADS = ["人民路", "建设大道", "文化路", "解放路", "新华路", "行政路", "交通大道"]
KEYWORDS = [
    "疫情防控", "乡村振兴", "基层治理", "党建引领", "民生保障", "营商环境", "春耕生产",
    "志愿服务", "高质量发展", "文明城市", "社区服务", "脱贫攻坚",
]  # fmt: skip
LUNAR = ["癸卯年四月廿八", "壬寅年腊月初九", "甲辰年正月十五", "辛丑年八月初三"]
OTHER_HEADLINES = [
    "全省春播进度过半 粮食作物播种面积稳中有增",
    "我市新增3家国家级专精特新“小巨人”企业",
    "县城投公司开展安全生产大检查",
    "一季度全市居民人均可支配收入增长5.8%",
    "这个村的“共享菜园”火了",
    "多部门联合开展食品安全专项整治",
    "夜经济点亮小县城",
    "全县中小学开展防溺水安全教育",
]


def _digits(rng: Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _date(rng: Random) -> str:
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}"]
    )


def _name(rng: Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _phone(rng: Random) -> str:
    area = rng.choice(["010", "0371", "0394", "0396", "0914", "027", "0531"])
    return f"{area}-{_digits(rng, rng.choice([7, 8]))}"


FILLERS: dict[str, Callable[[Random], str]] = {
    "site": lambda r: r.choice(SITES),
    "domain": lambda r: r.choice(DOMAINS),
    "paper": lambda r: r.choice(PAPERS),
    "county": lambda r: r.choice(COUNTIES),
    "city": lambda r: r.choice(CITIES),
    "section": lambda r: r.choice(SECTIONS),
    "sub": lambda r: r.choice(SUBS),
    "pagename": lambda r: r.choice(PAGENAMES),
    "prov": lambda r: r.choice(PROVINCES),
    "bureau": lambda r: r.choice(BUREAUS),
    "road": lambda r: r.choice(ROADS),
    "kw": lambda r: r.choice(KEYWORDS + COUNTIES),
    "lunar": lambda r: r.choice(LUNAR),
    "name": _name,
    "date": _date,
    "phone": _phone,
    "email": lambda r: r.choice(["tougao", "news", "xwzx", "bjb"]) + "@" + r.choice(DOMAINS),
    "time": lambda r: (
        f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"
        + (f":{r.randint(0, 59):02d}" if r.random() < 0.5 else "")
    ),
    "year": lambda r: str(r.randint(2015, 2024)),
    "month": lambda r: str(r.randint(1, 12)),
    "day": lambda r: str(r.randint(1, 28)),
    "wd": lambda r: r.choice("一二三四五六日"),
    "page": lambda r: f"{r.randint(1, 16):02d}",
    "num": lambda r: str(r.randint(1, 99999)),
    "n": lambda r: str(r.randint(1, 9)),
    "code": lambda r: _digits(r, 10),
    "path": lambda r: f"{r.randint(2015, 2024)}-{r.randint(1, 12):02d}/{_digits(r, 8)}",
    **{f"d{k}": (lambda r, k=k: _digits(r, k)) for k in (3, 4, 5, 6, 7, 8, 14)},
}
PLACEHOLDER = re.compile(r"\{([a-z0-9]+)\}")


def fill(template: str, rng: Random, extra: dict[str, Callable[[], str]]) -> str:
    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        return extra[key]() if key in extra else FILLERS[key](rng)

    return PLACEHOLDER.sub(one, template)


# --- punctuation width and spacing --------------------------------------------------------

NARROW = str.maketrans("：，；（）！？", ":,;()!?")
WIDE = str.maketrans(",;()!?", "，；（）！？")
WIDE_COLON = re.compile(r"(?<!\d):(?!\d)|:(?=\D)")


def narrow(text: str) -> str:
    return text.translate(NARROW)


def widen(text: str) -> str:
    if "http" in text or "$(" in text or "document." in text:
        return text
    return WIDE_COLON.sub("：", text.translate(WIDE))


def vary_boilerplate(text: str, rng: Random) -> str:
    """Punctuation width and spacing of a boilerplate or spam line."""
    roll = rng.random()
    text = narrow(text) if roll < 0.45 else widen(text) if roll < 0.55 else text
    if rng.random() < 0.4:
        gap = rng.choice(["", " ", "  ", "\u3000"])
        text = re.sub(r"([：:])\s*(?=\S)", lambda m: m.group(1) + gap, text)
    if rng.random() < 0.4:
        bar = rng.choice(["|", " | ", "  |  ", "｜"])
        text = re.sub(r"\s*[|｜]\s*", bar, text)
    if rng.random() < 0.08:
        text = rng.choice([" ", "\u3000\u3000", "\t"]) + text
    return text


# --- the seeds' article lines -------------------------------------------------------------

LEAD = re.compile(
    r"^(?:□\s*)?(?:本报讯|本网讯|讯|新华社[^\s,，。]{0,12}电)\s*[(（][^()（）]{0,40}[)）]\s*"
)
CREDIT = re.compile(r"\s*[(（][\u4e00-\u9fff\s]{2,14}[)）]\s*$")


def article_span(text: str) -> tuple[int, int]:
    """The part of an article line that must be kept: without a byline lead or trailing
    credit (the step may take those)."""
    start = match.end() if (match := LEAD.match(text)) else 0
    end = match.start() if (match := CREDIT.search(text)) else len(text)
    return (start, end) if end > start else (0, len(text))


def is_headline(text: str) -> bool:
    return len(text) <= 32 and not re.search(r"[。！？!?]”?$", text) and "。" not in text


def seed_articles() -> list[tuple[list[str], list[str]]]:
    """Per seed: its article headlines and its article paragraphs, in order."""
    seeds = []
    for path in sorted(LABELS_DIR.glob("*.tsv")):
        heads, paras = [], []
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            label, _, line = raw.partition("\t")
            if label == ARTICLE and line.strip():
                (heads if is_headline(line) else paras).append(line)
        seeds.append((heads, paras))
    return seeds


# --- documents ----------------------------------------------------------------------------


class Line(NamedTuple):
    """A labelled line, in the shape ``boilerplate_scoring.Tallies`` reads."""

    text: str
    label: str
    category: str  # the kind
    article: tuple[int, int]  # the span of an article line to keep
    zone: str = "body"


@dataclass
class Document:
    script: str
    lines: list[Line]
    text: str


HEAD_PRE = ["menu", "breadcrumb", "epaper", "date"]
HEAD_POST = ["date", "source", "byline", "original-title", "summary", "share", "font-size", "cms"]
FOOT_ORDER = [
    "editor", "source", "disclaimer", "share", "tags", "related", "epaper", "cms",
    "copyright", "icp", "contact",
]  # fmt: skip


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.seeds = seed_articles()
        self.headlines = [h for heads, _ in self.seeds for h in heads]
        self.s2t = opencc.OpenCC("s2t")

    def document(self) -> Document:
        rng = self.rng
        heads, paras = rng.choices(self.seeds, weights=[len(p) for _, p in self.seeds])[0]
        count = min(len(paras), rng.randint(2, 8))
        start = rng.randrange(len(paras) - count + 1)
        body = paras[start : start + count]
        title = rng.choice(heads or self.headlines)
        lead_source = body[0][article_span(body[0])[0] :]
        lead = lead_source[: rng.randint(30, 70)] + rng.choice(["", "……", "..."])
        extra = {
            "title": lambda: title,
            "lead": lambda: lead,
            "other": lambda: rng.choice(self.headlines + OTHER_HEADLINES),
        }
        wide_article = rng.random() < 0.4
        indent = "\u3000\u3000" if rng.random() < 0.2 else ""
        lines: list[Line] = []

        def bp(kind: str, template: str, zone: str) -> None:
            text = vary_boilerplate(fill(template, rng, extra), rng)
            lines.append(Line(text, BOILERPLATE, kind, (0, len(text)), zone))

        def spam(kind: str, template: str, zone: str) -> None:
            text = vary_boilerplate(fill(template, rng, extra), rng)
            lines.append(Line(text, SPAM, kind, (0, len(text)), zone))

        def article(kind: str, text: str, zone: str = "body", pad: str = "") -> None:
            text = widen(text) if wide_article else narrow(text)
            start, end = article_span(text)
            text = pad + text
            lines.append(Line(text, ARTICLE, kind, (start + len(pad), end + len(pad)), zone))

        # header
        if rng.random() < 0.12:
            spam("spam-header", rng.choice(SPAM_HEADERS), "header")
        for kind in rng.sample(HEAD_PRE, rng.randint(0, 3)):
            bp(kind, rng.choice(HEAD[kind]), "header")
        if rng.random() < 0.06:
            article("hard-neg-headline", rng.choice(HARD_HEADLINES), "headline")
        else:
            article("headline", title, "headline")
        if rng.random() < 0.15:
            article("headline", rng.choice(self.headlines), "headline")
        for kind in rng.sample(HEAD_POST, rng.randint(0, 4)):
            bp(kind, rng.choice(HEAD[kind]), "header")

        # body, with hard negatives, photo credits and the odd spam line
        items: list[tuple[str, str]] = [("paragraph", text) for text in body]
        if rng.random() < 0.6:
            for _ in range(rng.randint(1, 2)):
                where = rng.random()
                sentence = rng.choice(HARD_NEGATIVES)
                if where < 0.3:
                    items.insert(0, ("hard-neg-first", sentence))
                elif where < 0.6:
                    items.append(("hard-neg-last", sentence))
                else:
                    items.insert(rng.randint(1, len(items)), ("hard-neg-middle", sentence))
        inserts: list[tuple[int, str, str]] = []
        if rng.random() < 0.25:
            inserts.append((rng.randint(1, len(items)), "photo-credit", "body"))
        if rng.random() < 0.03:
            inserts.append((rng.randint(1, len(items)), "spam-line", "body"))
        for position, kind, _ in sorted(inserts, reverse=True):
            items.insert(position, (kind, ""))
        for kind, text in items:
            if kind == "photo-credit":
                bp(kind, rng.choice(BODY[kind]), "body")
            elif kind == "spam-line":
                spam(kind, rng.choice(SPAM_LINES), "body")
            else:
                article(kind, text, "body", indent)

        # footer
        kinds = rng.sample(FOOT_ORDER, rng.randint(1, 6))
        kinds.sort(key=lambda k: FOOT_ORDER.index(k) + rng.uniform(-2.5, 2.5))
        if rng.random() < 0.08:
            kinds.insert(rng.randint(0, len(kinds)), "spam-line")
        for kind in kinds:
            if kind == "spam-line":
                spam(kind, rng.choice(SPAM_LINES), "footer")
                continue
            bp(kind, rng.choice(FOOT[kind]), "footer")
            if kind == "related" and rng.random() < 0.7:
                for _ in range(rng.randint(2, 4)):
                    bp(kind, rng.choice(RELATED_ITEMS), "footer")

        script = "Traditional" if rng.random() < 0.3 else "Simplified"
        if script == "Traditional":
            lines = [self.traditional(line) for line in lines]
        text = rng.choice(["\n\n", "\n"]).join(line.text for line in lines)
        return Document(script, lines, text)

    def traditional(self, line: Line) -> Line:
        text = line.text
        start, end = line.article
        converted = self.s2t.convert(text)
        span = (len(self.s2t.convert(text[:start])), len(self.s2t.convert(text[:end])))
        return line._replace(text=converted, article=span)


def make_documents(count: int, seed: int) -> list[Document]:
    generator = Generator(seed)
    return [generator.document() for _ in range(count)]


def template_counts() -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for table in (HEAD, FOOT, BODY):
        for kind, templates in table.items():
            counts[kind] += len(templates)
    counts["related"] += len(RELATED_ITEMS)
    return dict(counts)


# --- scoring ------------------------------------------------------------------------------


def run(documents: list[Document]) -> Tallies[Tally]:
    """Score textclean's verdicts by script, by kind and by zone of the page (``zone/label``),
    and the spam headers by script."""
    tallies = Tallies(Tally)
    for index, doc in enumerate(documents):
        outcomes = checked(textclean_outcomes(doc.text), doc.lines, f"document {index}")
        source = f"document {index}, {doc.script}"
        for position, (line, outcome) in enumerate(zip(doc.lines, outcomes, strict=True)):
            keys = {
                "all": "all",
                "script": doc.script,
                "kind": line.category,
                "zone": f"{line.zone}/{line.label}",
            }
            if line.category == "spam-header":
                keys["spam-header"] = doc.script
            tallies.add(line, outcome, keys)
            what = what_happened(line, outcome, "textclean")
            if what is None:
                continue
            if line.label == ARTICLE and outcome.reason:
                what += f" [{outcome.reason}]"
            note, root = body_zone_note(what, doc.lines, position)
            tallies.misses.append(
                Miss(source, line.label, line.category, what + note, line.text, root)
            )
    return tallies


def overall(tallies: Tallies[Tally], script: str | None = None) -> dict[str, float | int | None]:
    labels = tallies.labels("script", script)
    bp, sp = labels[BOILERPLATE], labels[SPAM]
    return {
        **tallies.metrics("script", script),
        "boilerplate_and_spam_recall": ratio(bp.removed + sp.removed, bp.lines + sp.lines),
        "spam_header_recall": ratio(*spam_headers(tallies, script)),
    }


def spam_headers(tallies: Tallies[Tally], script: str | None) -> tuple[int, int]:
    """Spam headers removed and flagged spam, and spam headers: in one script or all."""
    found = [tallies["spam-header"][s][SPAM] for s in SCRIPTS if script in (None, s)]
    return sum(t.flagged for t in found), sum(t.lines for t in found)


SUMMARY_COLUMNS = [
    "lines",
    "removal precision",
    "bp+spam recall",
    "boilerplate recall",
    "spam recall",
    "spam flagged",
    "spam-header recall",
    "article lines removed",
    "article chars kept",
]


def summary_rows(tallies: Tallies[Tally]) -> list[list[str]]:
    rows = []
    for script in [None, *SCRIPTS]:
        cells = summary_cells(tallies.labels("script", script))
        cells["spam-header recall"] = share(*spam_headers(tallies, script))
        rows.append([script or "all", *(cells[column] for column in SUMMARY_COLUMNS)])
    return rows


def kind_rows(tallies: Tallies[Tally], order: list[str], counts: dict[str, int]) -> list[list[str]]:
    rows = []
    for kind in order:
        if kind not in tallies["kind"]:
            continue
        tally = tallies.total("kind", kind)
        if not tally.lines:
            continue
        label = LABEL_OF_KIND[kind]
        cells = kind_cells(tally, label)
        rows.append(
            [
                kind,
                label,
                str(counts.get(kind, "-")),
                str(tally.lines),
                cells["removed"],
                cells["spam flagged"],
                cells["article chars kept"],
            ]
        )
    return rows


ARTICLE_KINDS = [
    "headline", "paragraph", "hard-neg-headline", "hard-neg-first", "hard-neg-middle",
    "hard-neg-last",
]  # fmt: skip
BOILERPLATE_KINDS = list(dict.fromkeys([*HEAD, *FOOT, *BODY]))
SPAM_KINDS = ["spam-header", "spam-line"]
LABEL_OF_KIND = {
    **dict.fromkeys(ARTICLE_KINDS, ARTICLE),
    **dict.fromkeys(BOILERPLATE_KINDS, BOILERPLATE),
    **dict.fromkeys(SPAM_KINDS, SPAM),
}
ZONES = ["header", "headline", "body", "footer"]


def main() -> None:
    args = arguments(__doc__, documents=1000, misses=40).parse_args()

    began = time.perf_counter()
    documents = make_documents(args.documents, args.seed)
    tallies = run(documents)
    elapsed = time.perf_counter() - began

    counts = template_counts()
    n_templates = sum(counts.values())
    misses = tallies.misses
    shown = spread(misses, args.misses, category_rank)
    by_script = script_counts(documents)

    if args.json:
        result = {
            "documents": args.documents,
            "seed": args.seed,
            "scripts": by_script,
            "templates": {
                "boilerplate": n_templates,
                "spam": len(SPAM_HEADERS) + len(SPAM_LINES),
                "hard_negatives": len(HARD_NEGATIVES) + len(HARD_HEADLINES),
            },
            "overall": overall(tallies),
            "by_script": {s: overall(tallies, s) for s in SCRIPTS},
            "by_kind": {k: asdict(tallies.total("kind", k)) for k in tallies["kind"]},
            "by_zone": {zone: asdict(tallies.total("zone", zone)) for zone in tallies["zone"]},
            "misses": len(misses),
            "shown": [asdict(miss) for miss in shown],
            "seconds": round(elapsed, 2),
        }
        print_json(result)
        return

    print(
        f"held-out: {len(documents)} documents ({scripts_text(by_script)}), seed {args.seed};"
        f" {line_counts(tallies.labels())};"
        f" {n_templates} boilerplate templates in {len(counts)} kinds,"
        f" {len(SPAM_HEADERS) + len(SPAM_LINES)} spam lines,"
        f" {len(HARD_NEGATIVES) + len(HARD_HEADLINES)} hard negatives; {elapsed:.1f} s"
    )
    print()
    header = ["script", "lines (article/bp/spam)", *SUMMARY_COLUMNS[1:]]
    print(markdown(header, summary_rows(tallies)))
    print()
    header = ["kind", "label", "templates", "lines", "removed", "spam flagged", "chars kept"]
    order = [*BOILERPLATE_KINDS, *SPAM_KINDS, *ARTICLE_KINDS]
    print(markdown(header, kind_rows(tallies, order, counts)))
    print()
    rows = []
    for zone in ZONES:
        for label in (ARTICLE, BOILERPLATE, SPAM):
            if f"{zone}/{label}" not in tallies["zone"]:
                continue
            tally = tallies.total("zone", f"{zone}/{label}")
            if tally.lines:
                rows.append([zone, label, str(tally.lines), share(tally.removed, tally.lines)])
    print(markdown(["zone of the page", "label", "lines", "removed"], rows))

    show_miss_counts("misses", len(misses), Counter(m.category for m in misses).most_common())
    show_misses(shown, what=lambda miss: f"{miss.category} ({miss.label})")


if __name__ == "__main__":
    main()

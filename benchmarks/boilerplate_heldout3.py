"""Boilerplate step: a third held-out set, to be run once and not used for tuning.

    python benchmarks/boilerplate_heldout3.py [--documents 1000] [--seed 0] [--misses 40]
                                              [--json]

The two earlier held-out sets were looked at and the rules extended from their misses, so
they no longer measure how the boilerplate step does on pages it has not seen. This set was
written without reading the rules, the boilerplate docs, the benchmark corpus or the other
held-out sets: its page furniture is written from memory of real Chinese-language news
pages, from site families the earlier sets may have covered less:

* commercial outlets (澎湃新闻, 界面, 财新-style), with investment disclaimers and app prompts;
* self-media reprints (今日头条, 网易号, 百家号, 搜狐号, WeChat public accounts);
* government portals, with the 政府信息公开 table (索引号, 发文机关, 主题分类, 发布日期 ...),
  ``扫一扫在手机打开当前页``, ``【我要打印】【关闭窗口】``, 网站标识码 and 公网安备 lines;
* university and enterprise news pages (初审/复审/终审, 上一条/下一条);
* Singapore and Malaysia Chinese papers (联合早报, 星洲日报 and the like);
* Taiwan and Hong Kong outlets, written in Traditional;
* e-paper 数字报 pages (版次, 版面导航, 上一版/下一版, 下转第N版);
* forum reprints (楼主, 只看该作者, 回复 举报, Discuz! footers).

Each document takes a title and a run of article paragraphs from the hand-labelled seed lines
(``tests/boilerplate/labels/*.tsv``, the lines labelled ``article``), adds short subheadings
and hard negatives (article sentences of our own that use trigger words such as 版权, 来源,
编辑, 举报, 评论, 分享, 广告, 下载, 关注, 首页, 图片, 视频, 天气, 电子版 in ordinary
reporting, placed first, in the middle or last in the body), wraps it in a header and a
footer from its family's templates (plus a few shared ones), sometimes puts credits, ads or
continuation marks between paragraphs, and sometimes adds SEO spam: a stuffed title as the
first line (spam header) or a stuffed keyword line in the header, body or footer. About 30%
of the documents are in Traditional (Taiwan and Hong Kong always; the others converted with
OpenCC), and punctuation width and spacing vary by document and by line. The same
``--seed`` gives the same documents.

Zones: the header is everything before the first body paragraph (so the title is in it),
the footer everything after the last; the body lies between, inclusive.

Each line goes through ``textclean.boilerplate.classify_lines``; a line counts as removed
when its verdict is ``removed`` (the whole line cut). Reported, overall, per script, per
site family, per zone and per kind of line:

* removal precision: of the removed lines, the share labelled boilerplate or spam;
* boilerplate recall, spam recall (removed), spam flagged (removed with ``verdict.spam``),
  spam-header recall (a spam header removed and flagged);
* article characters kept: of the article lines' characters (without a byline lead such as
  ``本报讯(记者 …)`` or a trailing credit ``(何穗)``), the share left after the cuts;

and up to ``--misses`` misses, spread over the kinds, each with what happened to the line
(the scoring helpers of ``boilerplate_scoring.py`` are reused). ``--json`` prints the results
as JSON instead.
"""

# ruff: noqa: E501  (the templates are lines of Chinese text, each two columns a character)

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import opencc  # noqa: E402
from boilerplate_scoring import (  # noqa: E402
    ARTICLE,
    BOILERPLATE,
    SCRIPTS,
    SPAM,
    Labelled,
    Outcome,
    Tallies,
    arguments,
    body_zone_note,
    cause_counts,
    checked,
    kind_cells,
    line_counts,
    markdown,
    misses_json,
    print_json,
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
from boilerplate_scoring import Tally as LineTally  # noqa: E402
from boilerplate_scoring import cause as line_cause  # noqa: E402

LABELS_DIR = ROOT / "tests" / "boilerplate" / "labels"
ZONES = ("header", "body", "footer")
SPAM_HEADER = "spam header"
SPAM_STUFFED = "spam stuffed"
HARD = "hard negative"

# --- article material from the hand labels -------------------------------------------------

SEED_FRAGMENTS = ("马三华轻车简从来到化河乡东化",)
"""A seed line cut in the middle of a sentence by the e-paper layout: not a heading."""
FINAL = re.compile("[。！？!?…][”」』\"')）]*(?:[(（][^()（）]{1,20}[)）])?$")


def seed_material() -> tuple[list[str], list[list[str]]]:
    """The seeds' article headings (short lines without final punctuation) and, per seed,
    their article paragraphs in order."""
    headings: list[str] = []
    paragraphs: list[list[str]] = []
    for path in sorted(LABELS_DIR.glob("*.tsv")):
        seed: list[str] = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            label, _, line = raw.partition("\t")
            if label != "article" or line in SEED_FRAGMENTS:
                continue
            if len(line) <= 30 and not FINAL.search(line) and "," not in line:
                headings.append(line)
            else:
                seed.append(line)
        paragraphs.append(seed)
    return headings, [seed for seed in paragraphs if len(seed) >= 2]


HARD_NEGATIVES = """
该公司法务负责人表示,企业将依法维护自身版权,目前已就相关侵权行为向法院提起诉讼。
据了解,此次网络版权保护专项行动共删除侵权链接3.2万条,关闭侵权网站47个。
消息来源显示,两家企业的合并谈判已经持续了将近半年,双方在估值上仍有分歧。
这名退休编辑花了十二年时间,整理出一部近百万字的地方方言词典。
市场监管部门表示,今年以来共受理群众投诉举报线索1.2万余条,办结率达98%。
评论人士指出,新政策能否见效,关键在于执行层面能否落到实处。
不少网友在社交平台分享自己的抢票经历,有人凌晨三点就守在了手机前。
按照新规,户外广告设施须经城管部门审批后方可设置,违规设置的将被限期拆除。
该应用上线首月下载量突破200万次,其中六成用户来自三四线城市。
截至目前,该账号已吸引逾50万名用户关注,多条科普视频播放量超过千万。
从首页到封底,这本县志里的每一张图片都经过了档案馆工作人员的反复核对。
现场图片显示,暴雨过后部分路段积水深达半米,多辆汽车被困水中。
一段时长不到一分钟的视频在网上热传,视频中一名男子跳入河中救起了落水儿童。
受冷空气影响,预计未来三天天气以阴雨为主,最低气温将降至5℃左右。
该报电子版自2012年上线以来,已累计收录报纸版面十万余个。
村民们说,过去了解天气全靠村里的大喇叭,如今打开手机随时都能查到。
在当天的发布会上,该局负责人就社会关注的几个问题回答了记者提问。
民警提醒,市民如发现可疑人员或可疑物品,可拨打110报警,也可向所在社区举报。
活动由市文化和旅游局主办、市图书馆承办,共吸引1200余名读者参加。
该平台相关负责人介绍,消费者扫码即可查询农产品的产地、检测报告等信息。
目前,群众可以通过政务服务APP或微信小程序在线预约办理,不必再到窗口排队。
声明发布后,该公司股价当日下跌逾7%,市值蒸发近20亿元。
一些商家在直播间发布虚假广告,诱导消费者下单,已被市场监管部门依法查处。
学校图书馆数字资源丰富,师生登录校园网即可免费下载中外文期刊论文。
这部纪录片的播映版权已售往东南亚多个国家和地区。
据该县气象局介绍,今年入汛以来全县降雨量较常年同期偏多三成。
老人把孙子寄来的照片一张张打印出来,贴满了堂屋的一面墙。
法院审理查明,被告人未经授权转载他人作品二百余篇,非法获利五万余元。
在评论区,不少读者留言表示,希望此类惠民举措能够长期坚持下去。
去年,他把自己拍摄的乡村风光视频上传到短视频平台,意外收获了十几万粉丝。
本次招聘报名时间截至5月20日,考生须登录人事考试网进行注册和报名。
据该校教务处统计,今年共有328名学生报名辅修编辑出版学专业。
面对网上流传的不实信息,该局第一时间发布情况说明,并表示将依法追究造谣者的责任。
为方便群众查阅,县图书馆在网站首页开设了“乡村振兴”专栏。
在这个只有三十余户人家的小山村,家家户户都订阅了县里的报纸。
截至发稿时,事故原因仍在进一步调查之中。
记者注意到,不少门店在显眼位置张贴了价格公示牌和投诉举报电话。
他告诉记者,自己最大的心愿就是把这门手艺分享给更多的年轻人。
电视台方面表示,节目中使用的部分图片来源于观众投稿,均已获得授权。
按照规定,网站转载新闻必须注明来源,不得歪曲、篡改标题和新闻内容的原意。
据统计,该市今年已累计关闭不符合安全条件的小作坊137家。
在网友热议的同时,也有评论认为,此事暴露出基层监管的短板。
村里的广播站每天早上七点准时播报天气和农事信息。
这家创业公司的主打产品,是一款帮助老年人收听报纸电子版的语音软件。
调查组表示,将对网民举报的问题逐项核实,并及时向社会公布调查结果。
如今,只需在手机上点击几下,就能完成社保关系的转移接续。
她把多年来剪辑整理的老报纸版面和图片资料,全部捐给了县档案馆。
该剧因未取得相关版权许可,已于上周从各大视频平台下架。
此前有媒体报道称,部分小区物业擅自将电梯广告收入据为己有,引发业主不满。
专家建议,家长应多关注孩子的心理健康,多倾听、少指责。
“下载一个软件就能领补贴”之类的说法,绝大多数属于诈骗,市民切勿轻信。
该书责任编辑介绍,书中收录的两百多幅图片大多是首次公开发表。
联合早报此前报道,新加坡今年第一季度经济同比增长2.7%。
主办方表示,本届书展共有四百余家出版社参展,版权交易额创下历史新高。
天气转暖后,前来景区踏青赏花的游客明显增多,周末日均接待量超过两万人次。
据不完全统计,该话题在微博上的阅读量已超过3亿次,讨论量逾十万条。
法院审理认为,被告人未经著作权人许可,通过其经营的网站提供他人作品下载,情节严重。
编辑部的老同事们回忆,那是报社历史上最忙碌的一年。
版权意识的提升,离不开持续不断的普法宣传。
分享经济在带来便利的同时,也给城市治理带来了新的难题。
举报人王先生告诉记者,他早在去年年底就发现了问题,并多次向有关部门反映。
关注民生冷暖,是每一名基层干部的必修课。
首页刊发的这篇评论员文章,引起了社会各界的广泛讨论。
图片中的老人今年已经九十二岁,仍坚持每天到田里转一转。
视频显示,事发时一辆白色轿车突然变道,与后方的货车发生碰撞。
天气晴好,田间地头到处都是农民忙碌的身影。
电子版报纸的推出,让在外务工的老乡也能第一时间看到家乡的新闻。
广告公司老板张先生说,今年的订单比去年多了两成,工人都招不够。
下载量并不是衡量一款应用好坏的唯一标准,用户留存率同样重要。
来源于群众、服务于群众,是这项工作的出发点和落脚点。
"""

SUBHEADINGS = """
一、强化版权保护
二、拓宽信息来源
三、加强宣传引导
数字赋能 服务升级
让群众少跑腿
关注一老一小
分享发展红利
户外广告“瘦身”记
天气多变须防范
从“下载”到“上线”
举报有奖 人人参与
图片里的乡村变迁
视频连线 异地办案
记者手记
短评
聚焦民生实事
守护舌尖安全
线上线下同发力
老手艺 新传人
小网格 大治理
版权交易渐入佳境
来源可溯 放心消费
数字报刊进万家
评论区里的民意
"""

# --- page furniture: ``kind text`` per line; {slots} are filled per document ---------------

COMMERCIAL_HEADER = """
nav {site}首页 | 时事 | 财经 | 思想 | 生活 | 视频 | 问政
nav 要闻 时事 国际 财经 科技 地产 汽车 文化 体育
nav 首页  快讯  深度  财经  公司  宏观  金融  评论
breadcrumb {site} > {col} > 正文
breadcrumb 您所在的位置:首页 > {col} > 正文
login 登录 | 注册 | 下载客户端
meta {date} {time} 来源:{site}
meta {date} {time}  {site}  {col}
meta 原创 {name} {site} {date} {time}
meta {site}·{col} {date}
meta 发布时间:{date} {time}  阅读量:{num}
byline {site}记者 {name} 实习生 {name}
byline {site}记者 {name}
byline 记者 | {name}
byline 编辑 | {name}
byline 文 | 财新 {name}
byline 文|{name} 编辑|{name}
byline 采写:{site}记者 {name}
toolbar 字号
toolbar 字号:大 中 小
toolbar 听全文
toolbar 收藏  分享  字号  打印
toolbar A- A+
share 分享至:微信 微博 QQ空间
app 扫码下载{site}APP
follow 财新通会员专享  立即订阅
follow 关注{site}微信公众号,获取更多独家报道
"""

COMMERCIAL_FOOTER = """
editor 责任编辑:{name} 图片编辑:{name}
editor 校对:{name}
editor 编辑 {name}  校对 {name}
editor 责编 | {name}  校对 | {name}
editor ({site}编辑 {name})
contact {site}报料:{phone},或发送邮件至{email}
copyright {site}原创稿件,未经授权不得转载。
copyright 未经正式授权严禁转载本文,侵权必究。
disclaimer 本文为{site}号作者或机构在{site}上传并发布,仅代表该作者或机构观点,不代表{site}的观点或立场,{site}仅提供信息发布平台。
disclaimer 本文仅供参考,不构成投资建议,据此操作风险自担。
disclaimer 风险提示:市场有风险,投资需谨慎。
app 打开{site}APP,阅读体验更佳
app 下载{site}客户端,获取更多实时资讯
related 相关阅读
related 推荐阅读
related · {other}
related 热门推荐
tags 关键词 >> {kw}
tags 相关标签:{kw} {kw} {kw}
comments 评论({num})
comments 登录后参与评论
comments 写评论...
comments 已有{num}人参与讨论,查看全部评论
toolbar 返回顶部
license {icp}  互联网新闻信息服务许可证:{lic}
license 增值电信业务经营许可证:{icpb}
contact 违法和不良信息举报电话:{phone}  举报邮箱:{email}
nav 关于我们 | 联系我们 | 广告合作 | 法律声明 | 隐私政策 | 加入我们
copyright Copyright © 2014-{year} {domain} All rights reserved.
copyright 版权所有 © {year} {site} 保留所有权利
ad 广告
ad 推广
pagination 上一篇:{other}
pagination 下一篇:{other}
follow 更多精彩内容,请下载{site}APP
"""

SELFMEDIA_HEADER = """
meta {gzh} {date} {time} 发布于{province}
meta {gzh}  {date} {time}  {site}
meta {gzh}·{col}领域创作者
follow + 关注
follow 关注
follow 已关注
meta 阅读 {num}
meta {num}阅读 · {num}评论
source 本文来自微信公众号:{gzh}(ID:{gid}),作者:{name}
source 原标题:{title}
follow 点击上方蓝字关注我们
follow 点击上方“{gzh}”,选择“设为星标”,第一时间获取资讯
meta 优质{col}领域创作者
source 来源:{gzh}
byline 作者:{name} | 编辑:{name}
byline 文/{name}  编辑/{name}
meta {site}出品
toolbar 举报
"""

SELFMEDIA_FOOTER = """
follow 本文由{gzh}原创,欢迎关注,带你一起长知识!
disclaimer 声明:本文内容来源于网络,版权归原作者所有,如有侵权请联系删除。
nav 返回搜狐,查看更多
disclaimer 平台声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。
disclaimer 特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。
disclaimer Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.
copyright 本文系作者授权百家号发表,未经许可,不得转载。
toolbar 举报/反馈
comments {num}赞 · {num}评论 · {num}转发
toolbar 点赞  收藏  分享
comments 写下你的评论...
comments 全部评论({num})
comments 暂无评论,快来抢沙发吧
app 打开APP阅读全文
follow 喜欢就点个“在看”吧
follow 分享、点赞、在看,三连支持一下!
end - END -
related 往期推荐
follow 长按识别二维码关注我们
follow 点击“阅读原文”了解更多
disclaimer 免责声明:文章图片来源于网络,如有侵权,请联系删除。
copyright 转载请注明出处:{gzh}
comments 你怎么看?欢迎在评论区留言讨论。
related 相关推荐
related 换一换
disclaimer 本文仅代表作者观点,不代表{site}立场。
editor 责任编辑:{name}_NF{n4}
"""

GOV_HEADER = """
nav 首页 | 政务公开 | 政务服务 | 互动交流 | 走进{city}
nav 网站首页 机构概况 新闻动态 信息公开 办事服务 公众参与
nav 无障碍 | 长者模式 | 繁体 | English
weather 今天是:{date} 星期{wd}
weather {city} {weather} {temp}
masthead {org}门户网站
masthead {city}市人民政府门户网站
breadcrumb 当前位置:首页 > 政务公开 > 部门动态
breadcrumb 您现在的位置: 首页 >> 新闻中心 >> {col}
breadcrumb 当前位置:首页>信息公开>法定主动公开内容>工作动态
gov-meta 索引号:{code}
gov-meta 发文机关:{org}
gov-meta 主题分类:{topic}
gov-meta 成文日期:{date}
gov-meta 发布日期:{date}
gov-meta 发文字号:{docno}
gov-meta 公开方式:主动公开
gov-meta 公开范围:面向全社会
gov-meta 有效性:有效
gov-meta 信息来源:{org}
gov-meta 索引号: {code}    主题分类: {topic}
gov-meta 发布机构: {org}    成文日期: {date}
gov-meta 标    题:{title}
gov-meta 体裁分类:工作动态    服务对象分类:其他
meta 来源:{org}  发布时间:{date} {time}  浏览次数:{num}
meta 时间:{date}  来源:{org}  作者:{name}  访问量:{num}
meta 发布时间:{date}  信息来源:{org}  【字体:大 中 小】
toolbar 【字体:大 中 小】
toolbar 字号:[ 大 中 小 ]
toolbar 【打印】【关闭】
share 扫一扫在手机打开当前页
share 分享到:
toolbar 视力保护色:
"""

GOV_FOOTER = """
toolbar 【我要打印】【关闭窗口】
toolbar [打印本页] [关闭窗口]
toolbar 【收藏】【打印】【关闭】
share 扫一扫在手机打开当前页
related 相关链接:
related 相关稿件
copyright 主办:{org}  承办:{city}市大数据管理局
copyright 主办单位:{org}  技术支持:{company}
license 网站标识码:{gcode}
license {icp}
license {police}
license {icp}  {police}  网站标识码:{gcode}
contact 联系电话:{phone}  传真:{phone}
contact 地址:{addr}  邮编:{zip}
toolbar 建议使用1920×1080分辨率 IE9以上版本浏览器
contact 政府网站找错
contact 我为政府网站找错
nav 网站地图 | 联系我们 | 使用帮助 | 隐私声明 | 网站纠错
copyright 版权所有:{org}
meta 您是本站第{num}位访客
follow 政务微信  政务微博  {city}发布
follow 扫码关注“{city}发布”
editor 【责任编辑:{name}】
editor 审核:{name}  校对:{name}
editor (编辑:{name}  审核:{name})
copyright 本网站所有内容,未经授权,禁止复制或建立镜像
"""

INSTITUTION_HEADER = """
nav 学校首页 | 信息门户 | 图书馆 | 校友会 | English
nav 网站首页 学校概况 院系设置 教育教学 科学研究 招生就业 合作交流
masthead {univ}新闻网
breadcrumb 首页 - 新闻中心 - 校园动态
breadcrumb 当前位置: 首页 > 新闻中心 > 企业新闻
breadcrumb 您的位置:首页 > {col} > 正文
meta 作者:{name}  来源:{college}  发布时间:{date}  点击数:{num}
meta [ 作者:{name}   审核:{name}   发布时间:{date}   阅读次数:{num} ]
meta 发布者:{name}  发布时间:{date}  浏览次数:{num}
meta {date}  来源:{company}  阅读量:{num}
meta 文章来源:党委宣传部  撰稿:{name}  摄影:{name}
meta 时间:{date}  点击:[{num}]
nav 关于我们 | 产品中心 | 新闻动态 | 社会责任 | 人才招聘 | 联系我们
nav 集团新闻  媒体报道  行业动态  党建工作
login 站内搜索  请输入关键字
login 统一身份认证 | 邮箱 | VPN
"""

INSTITUTION_FOOTER = """
credit 文/{name}  图/{name}  审核/{name}
credit (供稿:{college}  编辑:{name}  审核:{name})
credit 撰稿:{name} 摄影:{name} 编辑:{name} 责任编辑:{name}
editor 初审:{name}  复审:{name}  终审:{name}
editor 一审一校:{name}  二审二校:{name}  三审三校:{name}
credit 通讯员:{name} {name}
pagination 上一条:{other}
pagination 下一条:{other}
pagination 上一篇:没有了
toolbar 【关闭】
toolbar 【打印此页】 【关闭窗口】
copyright 版权所有 © {univ}  地址:{addr}  邮编:{zip}
copyright {univ}党委宣传部主办  Copyright© {year} All Rights Reserved
copyright Copyright © {year} {company} 版权所有
contact 服务热线:400-{n4}-{n4}
related 友情链接
follow 关注{company}官方微信
meta 访问量:{num}
license {icp}
license {icp}  {police}
"""

SGMY_HEADER = """
nav 即时 | 新加坡 | 中国 | 国际 | 财经 | 言论 | 娱乐 | 体育 | 生活
nav 首页 > 新闻 > 国内 > 即时国内
nav 国内 国际 财经 娱乐 副刊 言路 地方 电子报
meta {site} {date}
byline 文 / {name}
meta 发布 / {date} {time} AM
meta 更新 / {date} {time} PM
meta {date} {time} 最后更新
login 登录 | 注册 | 订阅
follow 订户专享  订阅电子报
follow 此文章为会员专享内容,请登录或订阅后阅读全文
toolbar 字体大小:
toolbar 听新闻
share 分享至:Facebook  WhatsApp  Telegram  电邮
meta 星洲网 {col} {date}
weather 吉隆坡 {weather} {temp}
"""

SGMY_FOOTER = """
copyright {site}版权所有(公司登记号:{coreg})
copyright SPH Media Limited. Co. Regn. No. {coreg}. 版权所有
follow 欢迎浏览{site}网站,下载{site}App,或订阅{site}电子版,随时随地掌握最新资讯。
follow 欢迎加入{site} Telegram 群组,第一时间获取最新新闻。
related 相关新闻
related 热门新闻
related 你可能也会喜欢
tags #{kw} #{kw}
copyright {site}版权所有 © {year} {company} Berhad
disclaimer *本文内容不代表{site}立场
disclaimer (本文观点仅代表作者,不代表本报立场。)
follow 立即订阅,每月仅需{n}令吉
contact 新闻热线:+65 6319 {n4}  |  电邮:{email}
app 下载{site}APP:iOS | Android | Huawei
comments 读者留言仅代表个人意见
editor 编辑:{name}
"""

TW_HEADER = """
nav 即時 | 政治 | 國際 | 兩岸 | 產經 | 證券 | 科技 | 生活 | 社會 | 地方
nav 首頁 > 即時新聞 > 社會
nav 焦點 政治 社會 生活 健康 國際 地方 蒐奇 影音 財經 娛樂 藝文 汽車
meta {site} {date} {time}
byline 中央社記者{name}台北{n}日電
byline 記者{name}/台北報導
byline 〔記者{name}/綜合報導〕
byline {site} 記者{name}/即時報導
meta {date} {time} 發布
meta 更新時間:{date} {time}
toolbar 字級
toolbar 列印
share 分享
share 分享到 Facebook  LINE  複製連結
app 不用抽 不用搶 現在用APP看新聞 保證天天中獎
app 點我下載APP 按我看活動辦法
login 登入 | 註冊 | 會員中心
follow 訂閱電子報
"""

TW_FOOTER = """
editor (編輯:{name}){cnacode}
related 更多新聞推薦
follow 看更多!請加入自由時報粉絲團
follow 加入LINE好友,新聞不漏接
follow 追蹤我們: Facebook  Instagram  YouTube
related 延伸閱讀
related 相關新聞
related 熱門新聞
related 編輯推薦
disclaimer 本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。
copyright {site} 版權所有 © {year}
copyright Copyright © {year} {company} All Rights Reserved.
tags 相關主題:{kw}  {kw}
comments 留言 ({num})
comments 發表留言
disclaimer 以下留言僅代表網友個人意見,不代表本站立場
follow 一手掌握經濟脈動 點我訂閱自由財經Youtube頻道
app 下載{site}App,隨時掌握最新消息
ad 廣告
contact 爆料信箱:{email}
source 本文經授權轉載自《{mag}》
"""

HK_HEADER = """
nav 港聞 | 要聞 | 經濟 | 娛樂 | 體育 | 國際 | 兩岸 | 副刊
nav 首頁 > 新聞 > 港聞
meta {site} {date} {time}
meta 最後更新日期:{date}
meta 發佈時間:{date} {time}
byline 撰文:{name}  攝影:{name}
byline 記者:{name}
toolbar 字型大小 A A A
share 分享:WhatsApp  Facebook  電郵
login 登入 | 登記
follow 訂閱
weather 天氣 {temp} 相對濕度 {n2}%
"""

HK_FOOTER = """
pagination 上一篇:{other}
pagination 下一篇:{other}
copyright {site}版權所有
copyright ©{year} {site}有限公司 版權所有
disclaimer 免責聲明:本網站內容僅供參考,本公司不對內容之準確性承擔任何責任。
related 相關新聞
related 熱門搜尋
tags #{kw}  #{kw}
follow 立即下載{site}App,緊貼最新消息
follow 按此訂閱《{site}》電子報
editor 責任編輯:{name}
comments 讀者回應
ad 廣告
contact 新聞熱線:{phone}  傳真:{phone}
end (完)
disclaimer 本文不代表本台立場
"""

EPAPER_HEADER = """
masthead {paper}数字报
masthead {paper}电子版
weather {date} 星期{wd}
weather {date} 星期{wd} 农历{lunar}
epaper 第{n2}版:{col}
epaper {paper} {date} 第{n2}版
epaper 第{n2}版 {col} PDF版
epaper 第{n2}版:{col}  PDF版
epaper 上一版  下一版
epaper 上一期  下一期
epaper 版面导航
epaper 标题导航
epaper 返回目录
epaper 往期回顾
epaper 版面概览
toolbar 放大 缩小 默认
epaper < 上一篇  下一篇 >
editor 本版责编:{name} 美编:{name} 校对:{name}
epaper 总第{num}期  今日{n}版
epaper 国内统一连续出版物号:CN41-{n4}
meta 作者:{name}  来源:{paper}  日期:{date}
"""

EPAPER_FOOTER = """
epaper {date} {n} {n} {paper} content_{num}.html {n} {title}
copyright {paper}数字报刊平台 版权所有
copyright 主办单位:{paper}社  地址:{addr}
copyright 本网站所刊登的{paper}各种新闻、信息和各种专题专栏资料,均为{paper}版权所有,未经协议授权,禁止下载使用。
copyright 技术支持:北大方正电子
toolbar 建议使用IE8以上浏览器,分辨率1024×768
epaper 本版其他文章
epaper 本版标题导航
related · {other}
editor 责任编辑:{name}  美术编辑:{name}
epaper 我要打印  返回版面  我要收藏
epaper 【上一篇】{other}
epaper 【下一篇】{other}
"""

FORUM_HEADER = """
nav 论坛 › {col} › 查看内容
nav {site} > {col} > 帖子详情
forum 查看: {num} | 回复: {num}
forum {num} 回复 / {num} 查看
forum [复制链接]
forum 楼主 {user} 发表于 {date} {time}
forum 【楼主】 {user}  时间:{date} {time}
forum 发表于 {date} {time} | 只看该作者
forum 只看该作者
forum 倒序浏览
forum 阅读模式
forum 电梯直达
forum 本帖最后由 {user} 于 {date} {time} 编辑
forum 返回列表  发新帖  回复
source 转载自:{site}  原作者:{user}
forum 收藏本帖
forum 楼主 | 只看楼主 | 我要回复
"""

FORUM_FOOTER = """
forum 回复  举报
forum 使用道具 举报
forum 支持 反对
forum 分享 收藏 点赞
forum 沙发
forum 板凳
forum {n}#
forum {n}楼
forum {user} 发表于 {date} {time}
forum 回复 {n}楼 {user} 的帖子
forum 顶楼主
forum 支持一下
forum 感谢楼主分享
forum 快速回复
forum 您需要登录后才可以回帖 登录 | 立即注册
forum 高级模式
forum 本版积分规则
forum Powered by Discuz! X3.4
forum © 2001-{year} Comsenz Inc.
forum GMT+8, {date} {time} , Processed in 0.0{n2} second(s), {n2} queries .
forum 小黑屋 | 手机版 | {site}
share 分享到: QQ好友和群 QQ空间 腾讯微博 腾讯朋友
forum 返回顶部  返回版块
"""

SHARED_HEADER = """
weather 今天是{date} 星期{wd}
weather {city} {weather} {temp}
login 登录 | 注册
login 请输入关键词  搜索
ad 广告
app 扫码下载APP
share 分享到:微信 微博 QQ空间
nav 首页 新闻 财经 体育 娱乐 科技 汽车 房产 教育 健康
breadcrumb 当前位置:首页 > 正文
"""

SHARED_FOOTER = """
share 分享到:
share 分享到:微信  微博  QQ空间
editor 【责任编辑:{name}】
editor (责任编辑:{name})
editor 责编:{name}
editor 编辑:{name}  审核:{name}
toolbar 【纠错】
toolbar 打印
copyright 版权声明:本文系{site}原创,转载请注明出处。
copyright 凡本网注明“来源:{site}”的所有作品,版权均属于{site},未经本网授权不得转载、摘编或利用其它方式使用上述作品。
disclaimer 凡本网注明“来源:XXX(非本网)”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。
contact 违法和不良信息举报电话:12377
end (完)
end 【完】
end —END—
related 【相关阅读】
source 来源:{site}
source (来源:{site})
source 文章来源:{site}
source 本文来源:{site}  作者:{name}
nav 返回首页
toolbar 返回顶部
license {icp}
"""

BODY_INSERTS = """
credit {site}记者 {name} 摄
credit (图片来源:视觉中国)
credit 图片来源:IC photo
credit 资料图
credit ▲资料图片
credit (记者 {name} 摄)
credit 图/{name}
credit 图片来源:网络
credit 图源:{site}
credit 视频来源:{site}
toolbar 视频加载中...
toolbar 点击查看大图
ad 广告
ad — 广告 —
related 【点击进入专题】
related 相关报道:{other}
source 文章转载自{site}
"""

SELFMEDIA_BODY = """
toolbar 展开全文
credit 图片来源:网络,侵删
"""

EPAPER_BODY = """
epaper (下转第{n2}版)
epaper (上接第{n2}版)
"""

TRADITIONAL_BODY = """
credit (圖/記者{name}攝)
credit ▲(圖/翻攝畫面)
credit 圖:中央社
credit (中央社檔案照片)
credit (示意圖/取自pixabay)
credit 影音/{site}
related 延伸閱讀:{other}
ad 廣告
"""

# SEO spam of our own wording: stuffed titles (first line) and stuffed keyword lines.
SPAM_HEADER_LINES = """
澳门新葡京官方网站_真人百家乐在线_注册就送88元彩金
香港六合彩开奖现场直播_今晚开什么码_最准一肖一码100%
免费观看成人电影_国产精品自拍偷拍_高清无码在线播放
亚洲欧美日韩综合一区_午夜福利免费视频_夜夜爽天天干
皇冠体育投注平台-足球竞彩比分预测-官方指定入口
北京赛车pk10计划网页版_幸运飞艇人工在线计划_稳赚不赔
开元棋牌官网下载-斗地主赢现金-提现秒到账
无抵押网贷秒批口子_黑户也能下款_当天放款5万
代开发票联系电话_全国各地增值税发票代开_真票可查验
办证刻章电话_毕业证学位证办理_学信网可查
快3大小单双规律_时时彩后一稳定计划_彩票走势图大全
老虎机游戏在线玩_电子游艺爆分技巧_BBIN旗舰厅
人妻少妇精品系列_中文字幕乱码免费看_深夜福利视频
网赌被黑不给出款怎么办_专业出黑团队_先出款后收费
"""

SPAM_STUFFED_LINES = """
热门搜索:澳门赌场网址 百家乐技巧 真人娱乐 体育外围 时时彩平台 注册送38元
友情链接:威尼斯人娱乐 | 金沙国际 | 亚博体育 | 365bet | 开元棋牌 | 乐鱼体育
相关搜索:网赌平台排名 老虎机破解 买球app 棋牌提现 六合彩资料
今晚必中三肖 认准官方网址 微信:cp88888 长期稳定 带你回血上岸
高清无码 在线观看 成人视频 免费福利 夜间直播 美女裸聊 一对一
办理各类证件 身份证 驾驶证 毕业证 加微信zheng6688 保真
信用卡套现 花呗提现 京东白条取现 秒到账 手续费低 联系QQ 2457816633
【推荐】真人视讯 电子游戏 捕鱼达人 体育赛事 首存送100%
SEO关键词:澳门葡京,百家乐官网,时时彩开奖,北京pk10,幸运28,网投平台
天天中彩票 注册领红包 彩票app下载 大乐透双色球 竞彩足球 一键跟单
同城交友 附近美女 私密约会 免费裸聊 一夜情 立即匹配
代孕包男孩 试管婴儿 供卵 泰国代生 成功率99%
手机监听软件 定位追踪 查开房记录 微信聊天记录恢复 24小时接单
买球就上乐鱼体育 欧洲杯投注 亚洲盘口 全网最高赔率 首充即送
捕鱼游戏赢现金 真金白银 一分钱也能提 下载地址 www.by8888.vip
外围女 上门服务 空姐 模特 学生妹 24小时在线
"""


def parse_templates(block: str) -> list[tuple[str, str]]:
    rows = []
    for raw in block.strip().splitlines():
        kind, _, text = raw.partition(" ")
        rows.append((kind, text))
    return rows


def parse_lines(block: str) -> list[str]:
    return [line for line in block.strip().splitlines() if line]


@dataclass(frozen=True)
class Family:
    name: str
    header: list[tuple[str, str]]
    footer: list[tuple[str, str]]
    body: list[tuple[str, str]]
    sites: tuple[tuple[str, str], ...]  # (name, domain)
    script: str = ""  # always this script ("Traditional") if set
    converter: str = "s2t"  # OpenCC configuration for a Traditional document


COMMON_BODY = parse_templates(BODY_INSERTS)
FAMILIES = (
    Family(
        "commercial",
        parse_templates(COMMERCIAL_HEADER),
        parse_templates(COMMERCIAL_FOOTER),
        COMMON_BODY,
        (
            ("澎湃新闻", "thepaper.cn"),
            ("界面新闻", "jiemian.com"),
            ("财新网", "caixin.com"),
            ("第一财经", "yicai.com"),
            ("新京报", "bjnews.com.cn"),
            ("每日经济新闻", "nbd.com.cn"),
            ("红星新闻", "cdsb.com"),
            ("21世纪经济报道", "21jingji.com"),
        ),
    ),
    Family(
        "self-media",
        parse_templates(SELFMEDIA_HEADER),
        parse_templates(SELFMEDIA_FOOTER),
        COMMON_BODY + parse_templates(SELFMEDIA_BODY),
        (
            ("今日头条", "toutiao.com"),
            ("网易号", "163.com"),
            ("百家号", "baijiahao.baidu.com"),
            ("搜狐号", "sohu.com"),
            ("企鹅号", "new.qq.com"),
            ("微信公众号", "mp.weixin.qq.com"),
        ),
    ),
    Family(
        "government",
        parse_templates(GOV_HEADER),
        parse_templates(GOV_FOOTER),
        COMMON_BODY,
        (),  # made from the city
    ),
    Family(
        "university/enterprise",
        parse_templates(INSTITUTION_HEADER),
        parse_templates(INSTITUTION_FOOTER),
        COMMON_BODY,
        (),  # the university or the company
    ),
    Family(
        "Singapore/Malaysia",
        parse_templates(SGMY_HEADER),
        parse_templates(SGMY_FOOTER),
        COMMON_BODY,
        (
            ("联合早报", "zaobao.com.sg"),
            ("联合晚报", "zaobao.com.sg"),
            ("新明日报", "shinmin.sg"),
            ("星洲日报", "sinchew.com.my"),
            ("南洋商报", "enanyang.my"),
            ("中国报", "chinapress.com.my"),
            ("光华日报", "kwongwah.com.my"),
        ),
    ),
    Family(
        "Taiwan",
        parse_templates(TW_HEADER),
        parse_templates(TW_FOOTER),
        parse_templates(TRADITIONAL_BODY),
        (
            ("中央社", "cna.com.tw"),
            ("自由時報", "ltn.com.tw"),
            ("聯合新聞網", "udn.com"),
            ("ETtoday新聞雲", "ettoday.net"),
            ("中時新聞網", "chinatimes.com"),
            ("風傳媒", "storm.mg"),
        ),
        script="Traditional",
        converter="s2tw",
    ),
    Family(
        "Hong Kong",
        parse_templates(HK_HEADER),
        parse_templates(HK_FOOTER),
        parse_templates(TRADITIONAL_BODY),
        (
            ("明報新聞網", "mingpao.com"),
            ("香港01", "hk01.com"),
            ("星島日報", "stheadline.com"),
            ("東網", "on.cc"),
            ("香港經濟日報", "hket.com"),
            ("大公文匯網", "tkww.hk"),
        ),
        script="Traditional",
        converter="s2hk",
    ),
    Family(
        "e-paper",
        parse_templates(EPAPER_HEADER),
        parse_templates(EPAPER_FOOTER),
        COMMON_BODY + parse_templates(EPAPER_BODY),
        (),  # the paper
    ),
    Family(
        "forum",
        parse_templates(FORUM_HEADER),
        parse_templates(FORUM_FOOTER),
        COMMON_BODY,
        (
            ("天涯社区", "tianya.cn"),
            ("凯迪社区", "kdnet.net"),
            ("百度贴吧", "tieba.baidu.com"),
            ("西陆论坛", "xilu.com"),
            ("猫扑大杂烩", "mop.com"),
        ),
    ),
)
SHARED_HEADER_TEMPLATES = parse_templates(SHARED_HEADER)
SHARED_FOOTER_TEMPLATES = parse_templates(SHARED_FOOTER)
TOP_KINDS = frozenset({"nav", "masthead", "login", "weather", "breadcrumb"})
"""Header kinds that stand above the title; the rest may follow it."""


def template_counts() -> dict[str, int]:
    """Distinct boilerplate templates by where they go."""
    header = {t for f in FAMILIES for _, t in f.header} | {t for _, t in SHARED_HEADER_TEMPLATES}
    footer = {t for f in FAMILIES for _, t in f.footer} | {t for _, t in SHARED_FOOTER_TEMPLATES}
    body = {t for f in FAMILIES for _, t in f.body}
    return {
        "header": len(header),
        "footer": len(footer),
        "body": len(body),
        "all": len(header | footer | body),
    }


# --- slot values ----------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴孔汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鹏辉晶宇浩凯健俊帆旭宁欣怡佳琪思雨晨阳轩涵诺博文立新建国志鸿"
CITIES = (
    ("郑州", "豫"),
    ("洛阳", "豫"),
    ("南阳", "豫"),
    ("信阳", "豫"),
    ("襄阳", "鄂"),
    ("宜昌", "鄂"),
    ("绵阳", "川"),
    ("赣州", "赣"),
    ("临沂", "鲁"),
    ("潍坊", "鲁"),
    ("株洲", "湘"),
    ("柳州", "桂"),
    ("遵义", "黔"),
    ("曲靖", "滇"),
    ("嘉兴", "浙"),
    ("徐州", "苏"),
)
PROVINCES = "京津沪渝冀豫鲁晋陕辽吉黑苏浙皖闽赣湘鄂粤桂琼川黔滇甘宁新蒙"
PROVINCE_NAMES = ("北京", "上海", "广东", "浙江", "河南", "四川", "湖北", "山东", "江苏", "湖南")
BUREAUS = (
    "生态环境局",
    "农业农村局",
    "教育局",
    "卫生健康委员会",
    "人力资源和社会保障局",
    "市场监督管理局",
    "住房和城乡建设局",
    "人民政府办公室",
    "交通运输局",
    "文化广电和旅游局",
)
UNIVERSITIES = (
    "郑州大学",
    "河南大学",
    "华中农业大学",
    "西南交通大学",
    "江南大学",
    "山东师范大学",
    "湖南科技大学",
    "南昌大学",
    "兰州大学",
    "广西大学",
)
COMPANIES = (
    "中建七局",
    "中铁十五局集团",
    "国网河南省电力公司",
    "宇通客车股份有限公司",
    "牧原食品股份有限公司",
    "三一重工股份有限公司",
    "中原银行",
    "平煤神马集团",
    "郑州煤矿机械集团",
    "许继集团",
)
FOREIGN_COMPANIES = {
    "Singapore/Malaysia": (
        "Sin Chew Media Corporation",
        "Nanyang Press Holdings",
        "Media Chinese International",
        "Kwong Wah Yit Poh Press",
    ),
    "Taiwan": ("中央通訊社", "自由時報", "聯合線上公司", "東森新媒體控股股份有限公司"),
    "Hong Kong": ("明報報業有限公司", "香港01有限公司", "星島新聞集團", "東方報業集團"),
}
PAPERS = (
    "周口日报",
    "河南日报",
    "大众日报",
    "南方日报",
    "湖北日报",
    "新华日报",
    "四川日报",
    "浙江日报",
    "安徽日报",
    "江西日报",
)
COLLEGES = (
    "党委宣传部",
    "经济管理学院",
    "机械工程学院",
    "外国语学院",
    "校团委",
    "学生工作处",
    "研究生院",
)
ACCOUNTS = (
    "财经早餐",
    "城事观察",
    "历史那些事儿",
    "科技前哨",
    "深蓝财经",
    "乡村振兴观察",
    "老张说事",
    "每日新闻速递",
    "三农头条",
    "健康生活指南",
)
USERS = (
    "天涯过客",
    "老K",
    "冬日暖阳",
    "xiaoyu2008",
    "风中的蒲公英",
    "江南布衣",
    "路人甲",
    "hzliu",
    "草根观察员",
    "大漠孤烟",
)
MAGAZINES = ("遠見雜誌", "天下雜誌", "商業周刊", "今周刊", "換日線")
COLUMNS = (
    "时事",
    "财经",
    "要闻",
    "社会",
    "国际",
    "科技",
    "教育",
    "文化",
    "体育",
    "健康",
    "本地",
    "民生",
    "政务动态",
    "综合新闻",
)
KEYWORDS = (
    "乡村振兴",
    "疫情防控",
    "新能源汽车",
    "营商环境",
    "高质量发展",
    "消费券",
    "城市更新",
    "人工智能",
    "碳中和",
    "就业",
    "防汛",
    "教育改革",
)
TOPICS = (
    "综合政务/其他",
    "城乡建设、环境保护/环境监测、保护与治理",
    "卫生、体育/卫生",
    "农业、林业、水利/农业、畜牧业、渔业",
    "劳动、人事、监察/劳动就业",
)
WEATHER = ("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "晴转多云", "多云转阴")
ROADS = ("人民路", "建设路", "解放大道", "中山路", "文化路", "黄河路", "滨河路")
EMAIL_USERS = ("news", "baoliao", "jubao", "tougao", "bianji", "webmaster", "editor")
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
DAYS = ("初一", "初五", "初九", "十二", "十六", "二十", "廿二", "廿六", "廿九")


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


class Page:
    """Per-document values: some fixed for the page (site, city, date), others drawn anew
    for every slot (names, numbers)."""

    def __init__(self, rng: random.Random, family: Family, title: str, others: list[str]):
        self.rng = rng
        self.family = family
        self.title = title
        self.others = others
        city, province = rng.choice(CITIES)
        self.city, self.province = city, province
        self.year = rng.randint(2018, 2024)
        self.month, self.day = rng.randint(1, 12), rng.randint(1, 28)
        self.org = f"{city}市{rng.choice(BUREAUS)}"
        self.univ = rng.choice(UNIVERSITIES)
        self.company = rng.choice(FOREIGN_COMPANIES.get(family.name, COMPANIES))
        self.paper = rng.choice(PAPERS)
        self.gzh = rng.choice(ACCOUNTS)
        if family.name == "government":
            self.site, self.domain = self.org, f"www.{digits(rng, 3)}.gov.cn"
        elif family.name == "university/enterprise":
            self.site = self.univ if rng.random() < 0.6 else self.company
            self.domain = f"www.{digits(rng, 4)}.edu.cn"
        elif family.name == "e-paper":
            self.site, self.domain = self.paper, f"epaper.{digits(rng, 4)}.cn"
        else:
            self.site, self.domain = rng.choice(family.sites)
        self.icp = f"{province}ICP备{digits(rng, 8)}号-{rng.randint(1, 9)}"
        self.fixed: dict[str, Callable[[], str]] = {
            "site": lambda: self.site,
            "domain": lambda: self.domain,
            "city": lambda: self.city,
            "org": lambda: self.org,
            "univ": lambda: self.univ,
            "company": lambda: self.company,
            "paper": lambda: self.paper,
            "gzh": lambda: self.gzh,
            "year": lambda: str(self.year),
            "title": lambda: self.title,
            "icp": lambda: self.icp,
        }

    def date(self) -> str:
        y, m, d = self.year, self.month, self.day
        return self.rng.choice(
            (
                f"{y}-{m:02d}-{d:02d}",
                f"{y}年{m}月{d}日",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m:02d}.{d:02d}",
            )
        )

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot in self.fixed:
            return self.fixed[slot]()
        if slot == "name":
            return rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))
            )
        if slot == "date":
            return self.date()
        if slot == "time":
            time_ = f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
            return time_ + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.4 else "")
        if slot == "num":
            return str(rng.randint(3, 10 ** rng.randint(2, 5)))
        if slot == "n":
            return str(rng.randint(1, 20))
        if slot == "n2":
            return f"{rng.randint(1, 16):02d}"
        if slot == "n4":
            return digits(rng, 4)
        if slot == "phone":
            return f"0{rng.randint(10, 999)}-{digits(rng, 8)}"
        if slot == "email":
            return f"{rng.choice(EMAIL_USERS)}@{self.domain.removeprefix('www.')}"
        if slot == "icpb":
            return f"{self.province}B2-{digits(rng, 8)}"
        if slot == "lic":
            return digits(rng, 11)
        if slot == "police":
            return f"{self.province}公网安备 {digits(rng, 14)}号"
        if slot == "gcode":
            return digits(rng, 10)
        if slot == "code":
            return f"{digits(rng, 9)}/{self.year}-{digits(rng, 5)}"
        if slot == "docno":
            return f"{self.city[0]}政办〔{self.year}〕{rng.randint(1, 90)}号"
        if slot == "topic":
            return rng.choice(TOPICS)
        if slot == "col":
            return rng.choice(COLUMNS)
        if slot == "kw":
            return rng.choice(KEYWORDS)
        if slot == "weather":
            return rng.choice(WEATHER)
        if slot == "temp":
            low = rng.randint(-5, 25)
            return rng.choice((f"{low}~{low + rng.randint(3, 10)}℃", f"{low}°C"))
        if slot == "wd":
            return rng.choice("一二三四五六日")
        if slot == "lunar":
            year = STEMS[(self.year - 4) % 10] + BRANCHES[(self.year - 4) % 12]
            return f"{year}年{rng.choice(MONTHS)}月{rng.choice(DAYS)}"
        if slot == "other":
            return rng.choice(self.others)
        if slot == "addr":
            return f"{self.city}市{rng.choice(ROADS)}{rng.randint(1, 300)}号"
        if slot == "zip":
            return digits(rng, 6)
        if slot == "coreg":
            return digits(rng, 9) + rng.choice("ABCDEFGHKMNZ")
        if slot == "cnacode":
            return f"{self.year - 1911}{self.month:02d}{self.day:02d}"
        if slot == "province":
            return rng.choice(PROVINCE_NAMES)
        if slot == "gid":
            return "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(5)) + digits(rng, 4)
        if slot == "user":
            return rng.choice(USERS)
        if slot == "college":
            return rng.choice(COLLEGES)
        if slot == "mag":
            return rng.choice(MAGAZINES)
        raise KeyError(slot)

    def fill(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), template)


# --- rendering: script, punctuation width, spacing ----------------------------------------

_CONVERTERS: dict[str, opencc.OpenCC] = {}
_CONVERTED: dict[tuple[str, str], str] = {}


def to_traditional(text: str, config: str) -> str:
    key = (config, text)
    if key not in _CONVERTED:
        if config not in _CONVERTERS:
            _CONVERTERS[config] = opencc.OpenCC(config)
        _CONVERTED[key] = _CONVERTERS[config].convert(text)
    return _CONVERTED[key]


CJK = "\u4e00-\u9fff"
FULL = str.maketrans({":": "：", ",": "，", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"})
HALF = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")", "！": "!", "？": "?", "；": ";"})


def full_width(line: str) -> str:
    """ASCII punctuation next to Chinese made full-width (not in times, URLs or English)."""
    line = re.sub(r"(?<![\dA-Za-z]):(?!//)", "：", line)
    line = re.sub(
        f"(?<=[{CJK}])[,!?;]|[,!?;](?=[{CJK}])", lambda m: m.group().translate(FULL), line
    )
    line = re.sub(f"\\((?=[{CJK}])", "（", line)
    return re.sub(f"(?<=[{CJK}])\\)", "）", line)


def half_width(line: str) -> str:
    return line.translate(HALF)


def respace(line: str, rng: random.Random) -> str:
    """Vary the spacing of page furniture: separators and gaps between fields."""
    line = re.sub(r" \| ", lambda _: rng.choice((" | ", "|", "  |  ", " ｜ ")), line)
    line = re.sub(
        r" {2,}", lambda _: rng.choice(("  ", " ", "\u3000", "    ", "\u00a0\u00a0")), line
    )
    line = re.sub(r"([:：]) ?", lambda m: m.group(1) + rng.choice(("", "", " ")), line)
    if rng.random() < 0.08:
        line = rng.choice((" ", "\u3000", "\t")) + line
    if rng.random() < 0.08:
        line += rng.choice((" ", "  ", "\u3000"))
    return line


LEAD = re.compile(r"^\s*(?:本报讯|本報訊)[(（][^()（）]*[)）]")
CREDIT = re.compile("(?<=[。！？!?”」])\\s*[(（][^()（）]{2,20}[)）]\\s*$")


def article_span(text: str) -> tuple[int, int]:
    """The article characters of an article line: without surrounding space, a byline lead
    or a trailing credit."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    lead = LEAD.match(text)
    if lead:
        start = lead.end()
    credit = CREDIT.search(text)
    if credit and credit.start() > start:
        end = credit.start()
    return start, end


# --- documents --------------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    label: str  # article, boilerplate or spam
    kind: str
    zone: str = ""
    template: str = ""
    article: tuple[int, int] = (0, 0)

    @property
    def category(self) -> str:  # what the helpers of boilerplate_scoring call it
        return self.kind


@dataclass
class Document:
    family: str
    site: str
    script: str
    lines: list[Line]
    text: str


@dataclass
class Material:
    headings: list[str]
    seeds: list[list[str]]
    hard: list[str]
    subheadings: list[str]
    spam_headers: list[str]
    spam_stuffed: list[str]


def material() -> Material:
    headings, seeds = seed_material()
    return Material(
        headings,
        seeds,
        parse_lines(HARD_NEGATIVES),
        parse_lines(SUBHEADINGS),
        parse_lines(SPAM_HEADER_LINES),
        parse_lines(SPAM_STUFFED_LINES),
    )


def sample_sorted(rng: random.Random, items: list[Any], low: int, high: int) -> list[Any]:
    """A few items, in their listed order (page order)."""
    count = min(len(items), rng.randint(low, high))
    return [items[i] for i in sorted(rng.sample(range(len(items)), count))]


def make_document(rng: random.Random, stuff: Material) -> Document:
    family = rng.choice(FAMILIES)
    script = family.script or ("Traditional" if rng.random() < 0.1 else "Simplified")
    title = rng.choice(stuff.headings)
    others = [heading for heading in stuff.headings if heading != title]
    page = Page(rng, family, title, others)

    def furniture(kind: str, template: str) -> Line:
        return Line(page.fill(template), BOILERPLATE, kind, template=template)

    # the body: a run of one seed's paragraphs, subheadings, hard negatives, inserts
    seed = rng.choice(stuff.seeds)
    length = min(len(seed), rng.randint(2, 7))
    start = rng.randint(0, len(seed) - length)
    body = [
        Line(text, ARTICLE, "paragraph", template="seed") for text in seed[start : start + length]
    ]
    if rng.random() < 0.35:
        body.insert(
            rng.randint(1, len(body) - 1),
            Line(rng.choice(others), ARTICLE, "subheading (seed)", template="seed"),
        )
    if rng.random() < 0.3:
        text = rng.choice(stuff.subheadings)
        body.insert(
            rng.randint(1, len(body) - 1), Line(text, ARTICLE, "subheading (own)", template=text)
        )
    for text in rng.sample(stuff.hard, rng.choice((0, 1, 1, 1, 2))):
        where = rng.choice(("first", "middle", "last"))
        line = Line(text, ARTICLE, f"{HARD}, {where}", template=text)
        if where == "first":
            body.insert(0, line)
        elif where == "last":
            body.append(line)
        else:
            body.insert(rng.randint(1, len(body) - 1), line)
    if rng.random() < 0.35:
        for kind, template in rng.sample(family.body, rng.choice((1, 1, 2))):
            body.insert(rng.randint(1, len(body) - 1), furniture(kind, template))

    # the header: furniture above the title, the title, furniture below it
    header = [furniture(k, t) for k, t in sample_sorted(rng, family.header, 2, 7)]
    for kind, template in sample_sorted(rng, SHARED_HEADER_TEMPLATES, 0, 2):
        header.insert(rng.randint(0, len(header)), furniture(kind, template))
    top = [line for line in header if line.kind in TOP_KINDS]
    rest = [line for line in header if line.kind not in TOP_KINDS]
    title_line = Line(title, ARTICLE, "title", template="seed")
    header = [*top, title_line, *rest] if rng.random() < 0.7 else [*top, *rest, title_line]

    # the footer
    footer = [furniture(k, t) for k, t in sample_sorted(rng, family.footer, 2, 8)]
    for kind, template in sample_sorted(rng, SHARED_FOOTER_TEMPLATES, 0, 3):
        footer.insert(rng.randint(0, len(footer)), furniture(kind, template))

    # spam
    if rng.random() < 0.12:
        text = rng.choice(stuff.spam_headers)
        header.insert(0, Line(text, SPAM, SPAM_HEADER, template=text))
    if rng.random() < 0.1:
        text = rng.choice(stuff.spam_stuffed)
        line = Line(text, SPAM, SPAM_STUFFED, template=text)
        where = rng.random()
        if where < 0.4:
            header.insert(rng.randint(0, len(header)), line)
        elif where < 0.6:
            body.insert(rng.randint(1, len(body) - 1), line)
        else:
            footer.insert(rng.randint(0, len(footer)), line)

    for zone, lines in (("header", header), ("body", body), ("footer", footer)):
        for line in lines:
            line.zone = zone
    lines = [*header, *body, *footer]

    # rendering
    width = rng.choice(("keep", "keep", "half", "full", "mixed"))
    indent = rng.random() < 0.2
    for line in lines:
        text = line.text
        if script == "Traditional":
            text = to_traditional(text, family.converter)
            if family.script and line.label == ARTICLE:
                text = text.translate(str.maketrans("“”‘’", "「」『』"))
        style = rng.choice(("keep", "half", "full")) if width == "mixed" else width
        if style == "half":
            text = half_width(text)
        elif style == "full":
            text = full_width(text)
        if line.label == BOILERPLATE:
            text = respace(text, rng)
        elif indent and line.kind == "paragraph":
            text = "\u3000\u3000" + text
        line.text = text
        if line.label == ARTICLE:
            line.article = article_span(text)
    separator = "\n" if rng.random() < 0.15 else "\n\n"
    return Document(
        family.name, page.site, script, lines, separator.join(line.text for line in lines)
    )


def make_documents(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    stuff = material()
    return [make_document(rng, stuff) for _ in range(count)]


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Tally(LineTally):
    trimmed: int = 0  # kept, with a part cut

    def add(self, line: Labelled, outcome: Outcome) -> None:
        super().add(line, outcome)
        self.trimmed += not outcome.removed and outcome.cut is not None

    def as_dict(self) -> dict[str, int]:
        """The counts, ``trimmed`` after ``flagged``."""
        counts = asdict(self)
        order = ("lines", "removed", "flagged", "trimmed", "article_chars", "article_kept")
        return {name: counts[name] for name in order}


@dataclass
class Miss:
    source: str
    family: str
    script: str
    zone: str
    label: str
    kind: str
    what: str
    line: str

    @property
    def category(self) -> str:  # what the helpers of boilerplate_scoring call it
        return self.kind


class Results(Tallies[Tally]):
    """Tallies by dimension (all, script, family, zone, kind; ``kind+`` a dimension: the spam
    headers by it), the templates seen of each kind, and how long the step took."""

    def __init__(self) -> None:
        super().__init__(Tally)
        self.kind_templates: dict[str, set[str]] = defaultdict(set)
        self.seconds = 0.0

    def spam_headers(self, dimension: str, key: str) -> Tally:
        return self[f"kind+{dimension}"][f"{SPAM_HEADER}|{key}"][SPAM]

    def scores(self, dimension: str, key: str) -> dict[str, Any]:
        article = self.labels(dimension, key)[ARTICLE]
        return self.metrics(
            dimension,
            key,
            spam_header=self.spam_headers(dimension, key),
            article_lines_trimmed=article.trimmed,
        )


def evaluate(documents: list[Document]) -> Results:
    results = Results()
    start = time.perf_counter()
    outcomes = [textclean_outcomes(doc.text) for doc in documents]
    results.seconds = time.perf_counter() - start
    for index, (doc, found) in enumerate(zip(documents, outcomes, strict=True)):
        checked(found, doc.lines, f"boilerplate_heldout3: document {index}")
        for position, (line, outcome) in enumerate(zip(doc.lines, found, strict=True)):
            keys = {
                "all": "all",
                "script": doc.script,
                "family": doc.family,
                "zone": line.zone,
                "kind": line.kind,
            }
            results.add(line, outcome, keys)
            if line.kind == SPAM_HEADER:
                by = {
                    f"kind+{dimension}": f"{SPAM_HEADER}|{key}" for dimension, key in keys.items()
                }
                results.add(line, outcome, by)
            results.kind_templates[line.kind].add(line.template)
            what = what_happened(line, outcome, "textclean")
            if what is None:
                continue
            what += body_zone_note(what, doc.lines, position)[0]
            results.misses.append(
                Miss(
                    f"document {index}",
                    doc.family,
                    doc.script,
                    line.zone,
                    line.label,
                    line.kind,
                    what,
                    line.text,
                )
            )
    return results


def cause(miss: Miss) -> str:
    """``boilerplate_scoring.cause``, finer: how an article line went, spam removed but not
    flagged, a line only trimmed."""
    if miss.label == ARTICLE:
        return (
            "article line cut"
            if "removed" in miss.what or "trimmed" in miss.what
            else "article line flagged spam"
        )
    if "not flagged spam" in miss.what:
        return "spam removed, not flagged"
    found = line_cause(miss)
    if found == "other" and miss.what.startswith("trimmed"):
        return "only trimmed"
    return found


# --- the report -------------------------------------------------------------------------------


def summary_rows(results: Results, dimension: str, keys: list[str]) -> list[list[str]]:
    rows = []
    for key in keys:
        cells = summary_cells(results.labels(dimension, key))
        header = results.spam_headers(dimension, key)
        cells["spam-header recall"] = share(header.flagged, header.lines)
        rows.append([key, *(cells[column] for column in SUMMARY_COLUMNS)])
    return rows


SUMMARY_COLUMNS = [
    "lines",
    "removal precision",
    "boilerplate recall",
    "spam recall",
    "spam flagged",
    "spam-header recall",
    "article lines removed",
    "article chars kept",
]
"""The summary's columns, by the names of ``summary_cells``."""
SUMMARY_HEADER = ["lines (art/bp/spam)", *SUMMARY_COLUMNS[1:]]


def kind_rows(results: Results) -> list[list[str]]:
    kinds = results["kind"]
    order = {ARTICLE: 0, BOILERPLATE: 1, SPAM: 2}

    def label_of(kind: str) -> str:
        return next(label for label, tally in kinds[kind].items() if tally.lines)

    rows = []
    for kind in sorted(kinds, key=lambda k: (order[label_of(k)], k)):
        label = label_of(kind)
        tally = kinds[kind][label]
        cells = kind_cells(tally, label)
        rows.append(
            [
                kind,
                label,
                str(len(results.kind_templates[kind]))
                if label != ARTICLE or "seed" not in kind
                else "-",
                str(tally.lines),
                cells["removed"],
                str(tally.trimmed),
                cells["spam flagged"],
                cells["article chars kept"],
            ]
        )
    return rows


ZONE_HEADER = [
    "zone",
    "removal precision",
    "boilerplate recall",
    "spam recall",
    "article lines removed",
    "article lines trimmed",
    "article chars kept",
]


def zone_rows(results: Results) -> list[list[str]]:
    rows = []
    for zone in ZONES:
        labels = results.labels("zone", zone)
        cells = summary_cells(labels)
        cells["article lines trimmed"] = str(labels[ARTICLE].trimmed)
        rows.append([zone, *(cells[column] for column in ZONE_HEADER[1:])])
    return rows


def main() -> None:
    args = arguments(__doc__, documents=1000, misses=40).parse_args()

    documents = make_documents(args.documents, args.seed)
    results = evaluate(documents)
    templates = template_counts()
    scripts = [s for s in SCRIPTS if results["script"][s]]
    families = [f.name for f in FAMILIES if results["family"][f.name]]
    per_kind = Counter(miss.kind for miss in results.misses)
    shown = spread(results.misses, args.misses, lambda kind: -per_kind[kind])
    causes = cause_counts(results.misses, cause)
    counts = script_counts(documents)
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in documents) / 1e6

    if args.json:
        kinds = results["kind"]
        result = {
            "documents": args.documents,
            "seed": args.seed,
            "scripts": counts,
            "templates": templates,
            "megabytes": round(megabytes, 3),
            "seconds": round(results.seconds, 2),
            "overall": results.scores("all", "all"),
            "by_script": {s: results.scores("script", s) for s in scripts},
            "by_family": {f: results.scores("family", f) for f in families},
            "by_zone": {z: results.scores("zone", z) for z in ZONES},
            "by_kind": {
                kind: {label: tally.as_dict() for label, tally in labels.items() if tally.lines}
                for kind, labels in kinds.items()
            },
            **misses_json(results.misses, shown, causes),
        }
        print_json(result)
        return

    print(
        f"held-out set 3: {len(documents)} documents (seed {args.seed}; {scripts_text(counts)}),"
        f" {line_counts(results.labels())}, {megabytes:.2f} MB,"
        f" classified in {results.seconds:.1f} s"
    )
    print(
        f"templates: {templates['all']} distinct boilerplate templates ({templates['header']} header,"
        f" {templates['footer']} footer, {templates['body']} between paragraphs);"
        f" {len(parse_lines(SPAM_HEADER_LINES)) + len(parse_lines(SPAM_STUFFED_LINES))} spam lines;"
        f" {len(parse_lines(HARD_NEGATIVES))} hard negatives; {len(parse_lines(SUBHEADINGS))} own subheadings"
    )
    print()
    print(
        markdown(
            ["", *SUMMARY_HEADER],
            summary_rows(results, "all", ["all"]) + summary_rows(results, "script", scripts),
        )
    )
    print()
    print(markdown(["family", *SUMMARY_HEADER], summary_rows(results, "family", families)))
    print()
    print(markdown(ZONE_HEADER, zone_rows(results)))
    print()
    print(
        markdown(
            [
                "kind",
                "label",
                "templates",
                "lines",
                "removed",
                "trimmed",
                "spam flagged",
                "article chars kept",
            ],
            kind_rows(results),
        )
    )
    show_miss_counts("misses", len(results.misses), per_kind.most_common(), causes.most_common())
    show_misses(shown, where=lambda m: f"{m.source}, {m.family}, {m.script}, {m.zone}")


if __name__ == "__main__":
    main()

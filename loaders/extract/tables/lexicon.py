"""Generic word lists for Chinese business news: places, descriptors, boundary verbs, suffixes.

Nothing here names a particular park, company or project: these are the closed
classes of the language (administrative places, industry vocabulary, verbs that
end a name on its left) that the name finders are written against.
"""
from __future__ import annotations

import re

PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()

# Prefecture-level cities and well-known county-level cities (short forms), by province.
CITIES_BY_PROVINCE = {
    "北京": "北京",
    "天津": "天津",
    "上海": "上海",
    "重庆": "重庆",
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 常熟 张家港 太仓 宜兴",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海口 三亚 三沙 儋州",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 杨凌",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海": "西宁 海东",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 石河子",
    "香港": "香港",
    "澳门": "澳门",
    "台湾": "台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东",
}
CITIES = [city for cities in CITIES_BY_PROVINCE.values() for city in cities.split()]
# The provinces that are one city (北京, 上海 …): their table lists only themselves.
MUNICIPALITIES = frozenset(province for province, cities in CITIES_BY_PROVINCE.items() if cities == province)
# The province of each city (吉林 the city is in 吉林 the province).
PROVINCE_OF_CITY = {city: province for province, cities in CITIES_BY_PROVINCE.items() for city in cities.split()}

# The one-character names of provinces that are never the first character of a common word (川 四川, 渝 重庆, 冀
# 河北 …); two of them open the name of an area two provinces build together (川渝高竹新区). Left out: 新 云 贵 青 宁
# 吉 黑 台 港 澳 秦 蒙, which open too many other words.
PROVINCE_INITIALS = {"京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "晋": "山西", "辽": "辽宁",
                     "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西", "鲁": "山东", "豫": "河南",
                     "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西", "琼": "海南", "川": "四川", "黔": "贵州",
                     "滇": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃", "陇": "甘肃"}

# The state-level new areas (国家级新区) named by a place of their own rather than a city's (the ones named after a
# city, 兰州新区 or 福州新区, are read with the city; 滨海新区 and 江北新区 are also parts of other cities, so not here):
# the one such area of each name, whoever writes it and however the tagger reads the words around it.
STATE_NEW_AREA_STEMS = frozenset("浦东 两江 舟山群岛 南沙 西咸 贵安 西海岸 金普 天府 湘江 滇中 赣江 雄安".split())

# Countries the press puts before a foreign company (德国巴斯夫, 日本…株式会社): a place, never a name.
COUNTRIES = (
    "中国 美国 日本 韩国 德国 法国 英国 意大利 荷兰 瑞士 瑞典 丹麦 挪威 芬兰 比利时 奥地利 西班牙 葡萄牙 爱尔兰 "
    "新加坡 马来西亚 泰国 越南 印度 印尼 印度尼西亚 以色列 沙特 阿联酋 俄罗斯 加拿大 澳大利亚 新西兰 巴西 墨西哥 "
    "柬埔寨 老挝 缅甸 菲律宾 文莱 孟加拉国 巴基斯坦 斯里兰卡 蒙古 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 "
    "白俄罗斯 匈牙利 塞尔维亚 波兰 捷克 土耳其 伊朗 卡塔尔 埃及 埃塞俄比亚 尼日利亚 肯尼亚 坦桑尼亚 赞比亚 南非 "
    "阿尔及利亚 摩洛哥 阿根廷 智利 秘鲁"
).split()

# Autonomous prefectures by the short form the press writes with 州 (海南州 is no 海南 province; 海西州, 恩施州)
PREFECTURES = (
    "海西州 海南州 海北州 黄南州 果洛州 玉树州 甘孜州 阿坝州 凉山州 红河州 大理州 楚雄州 文山州 德宏州 怒江州 迪庆州 "
    "黔东南州 黔南州 黔西南州 湘西州 恩施州 延边州 临夏州 甘南州 昌吉州 伊犁州 西双版纳州"
).split()
PLACES: frozenset[str] = frozenset(PROVINCES) | frozenset(CITIES) | frozenset(PREFECTURES)
_PLACE_ALT = "|".join(sorted(PLACES, key=len, reverse=True))
#: a place at the start of a name: optional province (省/自治区), then a city (市) or district (区/县).
PLACE_PREFIX_RE = re.compile(rf"^(?:(?:{_PLACE_ALT})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?)+")
#: the words that make a province's name (山东省, 广西壮族自治区)
PROVINCE_LEVEL = "省|壮族自治区|回族自治区|维吾尔自治区|自治区"
PROVINCE_PREFIX_RE = re.compile(r"^(?:%s)(?:%s)" % ("|".join(PROVINCES), PROVINCE_LEVEL))
#: a province named as one, anywhere in a text; group 1 is its short name
PROVINCE_NAMED_RE = re.compile(r"(%s)(?:%s)" % ("|".join(PROVINCES), PROVINCE_LEVEL))
CITY_RE = re.compile(rf"(?:{_PLACE_ALT})")
#: a known city written with its 市 (岳阳市, 周口市): group 1 is the city
CITY_SHI_RE = re.compile(r"(%s)市" % CITY_RE.pattern)
# A district or county named in the text: 崂山区, 铁山区, 江宁县.
DISTRICT_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:区|县)")

# Words that describe a kind of park or project without naming one.  A stem made
# only of these (数字经济 + 试点, 高新技术, 智能制造 …) is a category, not a name.
DESCRIPTORS = (
    "数字经济 智能制造 高新技术 战略性新兴 新兴产业 新兴 专业 特色 主题 示范 试点 标杆 灯塔 现代 服务 生态 智慧 智能 数字 "
    "科技 创新 创业 双创 产业 工业 经济 技术 国家级 省级 市级 区级 国家 省 市 区 县 高端 先进 新型 绿色 低碳 集成电路 "
    "人工智能 虚拟现实 新型显示 显示 生物医药 医疗器械 医疗 器械 氢能 新能源 新材料 材料 电子信息 电子 信息 软件 互联网 "
    "工业互联网 物联网 大数据 半导体 光电 汽车 装备 精密 仪器 仪表 化工 海洋 文化 创意 农业 物流 航空 航天 医药 生物 "
    "健康 康养 通信 能源 储能 环保 节能 机器人 区块链 云计算 金融 总部 孵化 加速 众创 综合 配套 一流 标志性 国际 全球 "
    "全国 世界 及 和 与 重点 重大 大 小 新 老 优质 核心 主导 优势 龙头 骨干 产业链 上下游 在建 新建 续建 新开工 "
    "开工 开复工 复工 开竣工 投用 投产 签约 待开工 落地 省市 基建 新基建 科创 高新 制造 研发 生产 中试 实体 零部件 化学 建安 对外 投资 "
    "注册 引导 母 股权 天使 专项 这些 相关 有关 一批 多个 各类 部分 大型 中小 民营 外资 合资 高成长性 规上 规模以上 "
    "家电 包装 配件 原料 产品 设备 基础 产业园 支撑 高校 人才 高层次 外投资 "
    "企业 公司 集团 项目 基地 园区 示范区 先行区 集聚区 数字化 信息化 智能化 网络化 协同 发展 建设 一体化 "
    "上市 全资 控股 参股 独资 子 国有 本地 本级 新老 攻关 片区 领先 冷链 光伏 锂电 芯片 关联 "
    "以上 现代化 成长型 综合性 跨国 多元化 高质量 自治区 自治区级 跨境 边境 升级版 版 创科 "
    "国内 国外 境内 境外 海外 省内 省外 石化 镇级 乡镇 镇 管理 开发 运营 飞地 新时代 加工 地产 房地产 循环经济 循环 其他 其它 农村 民生 工程 拟建 已建 "
    "教育 高等教育 职业教育 大学 农民 大陆 电子商务 电商 跨境电商 跨境电子商务 线上 线下 都市 "
    "精细 深 文旅 改革 开放 市场化 风险 城市 功能 新一轮 情况 进展 央资 内资 民资 台资 港资 侨资 亿元 百亿 千亿 十亿 百亿元 千亿元 十亿元 亿元级 百亿级 千亿级 知名 著名"
).split()
#: every descriptor word, as a regex alternation (longest first)
DESCRIPTOR_WORDS = "|".join(sorted(set(DESCRIPTORS), key=len, reverse=True))
DESCRIPTOR_RE = re.compile("^(?:%s)+$" % DESCRIPTOR_WORDS)

# Words that end a name on its left: verbs and function words that come before a
# name in news prose (位于X, 与X合作, 引进X …).  Single characters are used only when
# they are rare inside names.
BOUNDARY_WORDS = (
    "旗下 位于 落户 落地 入驻 引进 引入 签约 签订 签署 举行 举办 推动 推进 打造 建成 成为 作为 包括 拥有 集聚 聚集 聚焦 "
    "吸引 培育 依托 联合 围绕 加快 加速 支持 促成 参与 来自 走进 来到 穿行 采访 获悉 表示 介绍 认为 发布 设立 成立 "
    "开工 动工 投产 竣工 合作 共建 对接 形成 实现 完成 迎来 开展 带动 助力 布局 基于 以及 同时 目前 近日 今年 去年 "
    "此外 其中 据悉 日前 了解 记者 涉及 面向 抓住 借助 通过 推出 携手 携 牵头 组建 成功 先后 相继 分别 已经 正在 积极 全力 "
    "大力 重点 主要 还有 一批 这批 新增 新引进 新落户 洽谈 推荐 认定 获批 入选 晋级 考察 调研 前往 咨询 办事 就是 只是 "
    "仅是 属于 对于 关于 为了 根据 按照 由于 因为 所以 如果 那么 虽然 但是 而且 并且 不仅 还是 也是 都是 还将 将在 "
    "正在 已在 在谈 已与 简称 以下简称 下称 所在 为例 牵头 与其 之一 企业 图为 如果说 据了解 据悉 "
    "升级为 更名为 定名为 命名为 原名 原称 曾用名 是指 赴 再添 新添 增添 宣布 宣读 创立 创办 "
    "建有 设有 共有 现有 已有 厂商 开发商 投资商 运营商 承建商 供应商 服务商 巨头 龙头 子公司 获得 荣获 "
    "业主为 单位为 主体为 招标人为 园区内 园内 "
    "下一步 下阶段 下一阶段 今后 当前 近期 此前 随后 届时 一季度 二季度 三季度 四季度 年内 启动 "
    "北侧 南侧 东侧 西侧 以北 以南 以东 以西 附近 旁边 "  # (X新城北侧北环工业园: where the park is, then its name)
    "签下 主会场 分会场 不乏 既有 又有 更有 其中有 "  # (其中,不乏X等企业; 既有A项目,又有B…: a list opens after them)
    "建起 公布 "  # (城东建起万亩工业园区, 宁夏公布化工园区: a verb, then what it built or named)
    "一行 深入 一同为 一起为 共同为 投资建设"  # (丁大为一行深入X公司, 与会领导一同为X项目培土奠基: a delegation's visit, a ceremony's)
    " 纳入 整合优化为 整合为 优化为 前身 前身为 前身是 节后 节前 一系列"  # (X工业园纳入省级产业园管理, X物流园区整合优化为Y综合保税区: one park taken into a class or another park)
    " 驶出 驶入 驶离 运出 运往 发往"  # (集装箱车驶出产业园西大门: a lorry leaving the park, no part of its name)
    " 建立起"  # (清远建立起市级党委政府…: a verb, then the bodies it set up)
    " 仪式 典礼"  # (参加A项目投产仪式和B项目开工仪式: one ceremony ends, the next project's name starts after 和)
    " 续建"  # (新开工A等8个项目，续建B、C等10个项目: works carried on, then the first one's name)
    " 标志着 发挥 完善 列入"  # (标志着X产业园…, 发挥县产业集聚区…, 完善集中区…, 列入本市…: a verb, then what it names)
).split()
SINGLE_BOUNDARY = set("的在是了由向从对将把被让给至于等或也已还又并而但就即且其该此这那到和与同跟及属据说暨")
# Single characters that end a name only when the text before them is itself a
# complete entity (崂山区政府和青岛高科…): otherwise they sit inside names
# (生物医药及医疗器械产业园, 虚拟现实整机和光学模组项目).
CONJUNCTIONS = set("和与及同跟")
# The country's economic regions (长三角, 京津冀 …): places no firm or park is named by alone
MACRO_REGION_RE = re.compile(r"(?:粤港澳)?大湾区|长三角|珠三角|京津冀|成渝(?:地区)?|长江经济带|海峡西岸|环渤海|北部湾(?=经济区)")
ENTITY_END_RE = re.compile(
    r"(政府|公司|集团|股份|园|园区|区|县|市|省|镇|乡|旗|城|大学|学院|中心|研究院|研究所|实验室|基地|项目|高校|企业|单位|银行|科技|电子|所|局|委|会|"
    r"平台|工厂|基金|街道|光电|通信|智能|网络|走廊|都市圈|经济圈|城市群)$")
NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]")
# Openers that make a candidate a category, not a name: 该园, 这个产业园, 每个园区, 整个创业园.
DEMONSTRATIVE_RE = re.compile(r"^(?:该|本|此|这|那|其|各|每|全|整个|整座|整片|多(?=个|家|项|种|类|批|支|所|座|处|条|只|名|位)|某|首|一个|两个|几|数|该个|上述|以下|下列|所在|第|有(?=各|多|一|几|数|两)"
                              r"|部分|一些|若干)")  # (部分县府工业区: some of a kind, a class)
#: the value of a count written in words (两个, 八个)
CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def numeral(n: str) -> int:
    """A count written in digits or as a Chinese numeral (12, 三); 0 when neither."""
    return int(n) if n.isdigit() else CN_DIGITS.get(n, 0)


COUNT_BEFORE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|大|类|批|支|所|项|处|单|座)[“\"']?$")

PUNCT_STOP = set("，,。.；;：:！!？?、\n\t 《》【】[]—…‘’「」|/ 　丨")  # 丨: a separator in headlines and feeds

# A limited company's legal form (…有限公司, …有限责任公司, …股份有限公司): where a firm's own name ends
LIMITED_FORM_RE = re.compile(r"有限(?:责任)?公司|股份有限公司")

# Verbs, adverbs and time words that never occur inside a project name; a stem that
# contains one is a clause (计划建设产业项目, 呈现出重大项目), not a name.
VERBISH_RE = re.compile(r"(着|了|出|促|加强|放松|计划|保持|呈现|上半年|下半年|一系列|系列(?:活动|举措|措施|政策|讲话|报道|重要|会议|文件)|规划|推进|加快|聚力|全力|以赴|实施|开展|组织|围绕|进行|赴|首个|首批|"
                        r"针对|涉及|包括|属于|引进|建设|开工|签约|签下|一举|落地|以上|共同|打造|联合|推动|一直|纷纷|正在|已经|书记|主任|"
                        r"坚持|护航|迎|抓|加大|安排|持续|发力|督导|检查|查看|视察|调研|服务好|聚焦|瞄准|招引|谋划|储备|攻坚|争取|承接|赋能|最|^以|^为|(?<=[\u4e00-\u9fff])拟(?:新增|增加|扩大|投资?|建设|引进)|申报)")
# Adverbs of VERBISH_RE that also open firms' short names (共同低碳…, 联合化工…)
BRAND_ADVERBS = frozenset({"共同", "联合"})

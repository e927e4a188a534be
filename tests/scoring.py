"""Score extraction the one way the project has: articles loaded by the real loader, judged by the shared
scorer through the report views.

tests/eval/score.py is ../shared/eval/score.py verbatim. tools/score_extract.py loads a folder into a
throwaway database and scores it; the quality tests load each set into the test database inside a
transaction they roll back. Both call the functions here, so a figure in a test is the figure the tool
prints.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from unittest import mock

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

from loaders.pipeline import load_paths

EVAL = Path(__file__).resolve().parent / "eval"
SEEDS_DIR = EVAL.parent.parent / "seeds"  # the five seed articles kept in the repository
SEEDS_GOLD = EVAL / "gold"  # ground truth of the five seeds/ articles
DEV = EVAL / "dev"  # real, published articles with their ground truth beside them
REAL2 = EVAL / "real2"  # 19 more real articles, scored once before any rule was studied against them
REAL3 = EVAL / "real3"  # 13 more, collected after the second round of rules; scored once before study
REAL4 = EVAL / "real4"  # 17 more, collected after the third round; scored once before study
REAL5 = EVAL / "real5"  # 14 more, collected after extractor 1.13; scored once before study
REAL6 = EVAL / "real6"  # 12 more, collected during extractor 1.15; scored once before study
REAL7 = EVAL / "real7"  # 14 more, collected at extractor 1.16; scored once before study
REAL8 = EVAL / "real8"  # 15 more, collected at extractor 1.17; scored once before study
REAL9 = EVAL / "real9"  # 15 more, collected at extractor 1.18; scored once before study
REAL10 = EVAL / "real10"  # 15 more, collected at extractor 1.21; scored once before study
REAL11 = EVAL / "real11"  # 15 more, collected at extractor 1.24; scored once before study
REAL12 = EVAL / "real12"  # 15 more, collected at extractor 1.25; scored once before study
REAL13 = EVAL / "real13"  # 12 more, collected at extractor 1.27; scored once before study
REAL14 = EVAL / "real14"  # 14 more, collected at extractor 1.32; scored once before study
REAL15 = EVAL / "real15"  # 15 more, collected at extractor 1.35; scored once before study
REAL16 = EVAL / "real16"  # 15 more, collected at extractor 1.38; scored once before study
REAL17 = EVAL / "real17"  # 15 more, collected at extractor 1.39; scored once before study
REAL18 = EVAL / "real18"  # 15 more, collected at extractor 1.40; scored once before study
REAL19 = EVAL / "real19"  # 12 more, collected at extractor 1.41; scored once before study
REAL20 = EVAL / "real20"  # 12 more, collected at extractor 1.42; scored once before study
REAL21 = EVAL / "real21"  # 12 more, collected at extractor 1.43; scored once before study
REAL22 = EVAL / "real22"  # 12 more, collected at extractor 1.45; scored once before study
REAL23 = EVAL / "real23"  # 12 more, collected at extractor 1.46; scored once before study
REAL24 = EVAL / "real24"  # 10 more, collected at extractor 1.48; scored once before study
REAL25 = EVAL / "real25"  # 9 more, collected at extractor 1.49; scored once before study
REAL26 = EVAL / "real26"  # 5 more, collected at extractor 1.51; scored once before study
REAL27 = EVAL / "real27"  # 9 more, collected at extractor 1.52; scored once before study (not fully blind)
REAL28 = EVAL / "real28"  # 8 more, collected at extractor 1.53; scored once before study
REAL29 = EVAL / "real29"  # 8 more, collected at extractor 1.55; scored once before study
REAL30 = EVAL / "real30"  # 2 more, from the code corpus at extractor 1.55; scored once before study
REAL31 = EVAL / "real31"  # 10 more, 7 in traditional script, at extractor 1.55; scored once before study
REAL32 = EVAL / "real32"  # 9 more, 5 in traditional script, at extractor 1.57; scored once before study
REAL33 = EVAL / "real33"  # 9 more, 4 in traditional script, at extractor 1.60; scored once, studied at 1.62
REAL34 = EVAL / "real34"  # 10 more, 3 in traditional script (5 zones abroad), at extractor 1.62; scored once
REAL35 = EVAL / "real35"  # 10 more (listed firms' deals in parks, county and city sites), at extractor 1.62; scored once
REAL36 = EVAL / "real36"  # 10 more (agricultural, software, cultural, logistics and airport parks, park funds), at 1.64
REAL37 = EVAL / "real37"  # 10 more (chemical parks, paired-assistance and transfer parks, 2009-2010 prose), at 1.65
REAL38 = EVAL / "real38"  # 9 more (Hong Kong and Macau parks, 横琴, two state-level new areas), at 1.67; scored once, studied at 1.68
REAL39 = EVAL / "real39"  # 10 more (project lists at parks, Hainan and Xinjiang zones, animation and film parks, 2006-2008 items, a zone's fund), at 1.75; scored once
REAL40 = EVAL / "real40"  # 10 more (西藏 and 青海 zones, e-sports and digital-creative parks, listed firms' park deals, a zone's year, 2007 funds), at 1.79; scored once
REAL41 = EVAL / "real41"  # 10 more (甘肃 and 内蒙古 zones, enclave and co-built parks, 2003-2004 prose, quarter and half-year reviews), at 1.85; scored once
REAL42 = EVAL / "real42"  # 10 more (4 in traditional script: Taiwan science and software parks; incubators, a county's parks, project lists), at 1.86; scored once
REAL43 = EVAL / "real43"  # 10 more (东北 and 西南 cities' projects, two science cities, an incubator, a provincial fund), at 1.91; scored once, again at the next session's start (the same), then studied
REAL44 = EVAL / "real44"  # 8 more (western zones' projects, two half-year reviews, a zone-level fund, a trade-fair signing), at 1.91; scored once before study
REAL45 = EVAL / "real45"  # 10 more (贵安, 银川, 赣州 projects, two year-end reviews, a district signing, a Hong Kong paper, a park fund), at 1.97; scored once before study
REAL46 = EVAL / "real46"  # 7 more (山西 and 内蒙古 zones, a 2007 Heilongjiang parks review, a Macau paper), at 1.99 (e031f63); scored once before study
REAL47 = EVAL / "real47"  # 8 more (云南, 新疆, 广西 zones, a 2007 招商 report, a listed firm's project, a chip cluster), at 1.99 (dad4333); scored once before study
REAL48 = EVAL / "real48"  # 8 more (吉林, 河北, 辽宁, 天津, 山东 zones, a regional fund, a listed firm's contract), at 2.00 (9a70198); scored once before study
REAL49 = EVAL / "real49"  # 8 more (浙江, 安徽, 湖南, 广东, 江西, 福建 county and town parks, a Hong Kong paper), at 2.00 (37651ac); scored once before study
REAL50 = EVAL / "real50"  # 8 more (陕西, 广西, 贵州, 甘肃, 云南, 四川 and 新疆 zones' projects and half-year figures, a 2012 and a 2013 item), at 2.01 (8e1c68a); scored once before study
REAL51 = EVAL / "real51"  # 8 more (北京亦庄, 天津, 内蒙古, 黑龙江, 吉林, 山西 and 河北 zones, two fund items, a 2010 and a 2012 item), at 2.01 (1797118); scored once before study
REAL52 = EVAL / "real52"  # 7 more (江苏, 浙江, 安徽, 湖南, 河南 and 江西 zones' project progress, an inspection tour, firms with their figures, a 2012 feature), at 2.01 (8e1c68a); scored once before study
REAL53 = EVAL / "real53"  # 8 more (福建, 广西, 广东 and 海南 zones: 泉州台商投资区's signings and starts, 扶绥's three parks, 五华's transfer park, 海口's parks in 2011, 象屿综保区, a 龙岗 biomedicine fund, 中山火炬's signings, 铁山港工业区), at 2.02 (7cdad3c); scored once before study
REAL54 = EVAL / "real54"  # 8 more (traditional script: 台北's software parks in 2009, 虎门港 2012, 香港科學園's tenant fund, 南沙's 香港園, 深圳's second-quarter starts, Taiwan's technology industrial parks, 園管局's investors, 台南's parks), at 2.02 (7cdad3c); scored once before study
REAL55 = EVAL / "real55"  # 7 more (national and wire media on 重庆, 河北, 山东, 江苏, 上海 and 天津 zones: 两江新区 2011, 廊坊 2008, 山东's four new areas, 苏州工业园区, a 临港 fund, 滨海新区, 江阴高新区), at 2.02 (7cdad3c); scored once before study
REAL56 = EVAL / "real56"  # 9 more (project-heavy items from 山东, 四川, 河北, 湖北 and 重庆: 滨州工业园区 2011, 高坪区 2012, 江安县, 巨鹿县, 汉川市, 北碚区's 蔡家 twice, 荆门高新区, 大冶湖高新区), at 2.02 (7cdad3c); scored once before study
REAL57 = EVAL / "real57"  # 8 more (foreign and Taiwan investment in 浙江, 江苏, 广东, 四川 and 辽宁 zones: 袍江 2007, 常州高新区 2007, 松山湖 2010, 四川海峡两岸产业合作区, 苏州高新区's Japanese projects, 中德装备园, 苏州工业园区, 金普新区), at 2.02 (c547ed9); scored once before study
REAL58 = EVAL / "real58"  # 7 more (funds and science parks: 中关村科学城's funds twice, 柯桥区's funds, 芜湖江北新区's fund firms (香港商報), 长沙高新区, 东南大学科技园, 常州科教城), at 2.02 (c547ed9); scored once before study
REAL59 = EVAL / "real59"  # 9 more (county parks in 广西, 江西, 湖南, 河南 and 安徽: 兴业县 2008, 小蓝经开区, 扶绥县 2015, 隆回县湘商产业园, 鹿邑县产业集聚区, 桐城经开区, 温县产业集聚区 2019, 攸县高新区, 平果工业区 2007), at 2.02 (c547ed9); scored once before study
REAL60 = EVAL / "real60"  # 7 more (older items, 2005-2012: 邗江工业园 2005, 青岛经济技术开发区 2006, 成都经济技术开发区 2008, 杭州经济技术开发区 2008, 泰兴虹桥工业园区 2010, 辽阳经济开发区 2010, 新乡经济技术开发区 2012), at 2.02 (fe3f7f6); scored once before study
REAL61 = EVAL / "real61"  # 9 more (big-city zones: 东湖高新区, 前海蛇口自贸片区, 临港新片区, 天府国际生物城, 杭州高新区(滨江), 西安经开区, 中新广州知识城 twice, 合肥高新区), at 2.02 (fe3f7f6); scored once before study
REAL62 = EVAL / "real62"  # 7 more (北 zones: 大庆经开区, 金普新区, 龙井 border zone, 宽甸, 哈尔滨新区 and 兰西县, 延吉高新区, 蒙苏经济开发区), at 2.02 (5192b1b); scored once before study
REAL63 = EVAL / "real63"  # 7 more (福建, 江西, 湖北 and 湖南 city parks: 衡东经济开发区, 随州高新区, 三明高新区, 岳阳经开区, 荆州高新区, 赣州经开区 2014, 丰城高新区), at 2.02 (5192b1b); scored once before study
REAL64 = EVAL / "real64"  # 6 more (county zones in 江苏, 浙江 and 安徽: 建湖经济开发区, 寿县经开区, 长三角(湖州)产业合作区, 天台县, 东海县, 庐江县), at 2.02 (e4d955a); scored once before study
REAL65 = EVAL / "real65"  # 7 more (western zones: 宜宾's parks 2015, 渭南高新区, 天水经开区, 石嘴山经开区, 安顺经开区, 玉溪高新区, 昌吉国家高新区), at 2.02 (e4d955a); scored once before study
REAL66 = EVAL / "real66"  # 7 more (山东 and 河南 zones: 聊城经开区 2015, 唐河产业集聚区 2017, 济宁高新区 2020, 运河经济开发区, 平顶山's parks 2021, 明水经开区 2021, 新乡经开区 2023), at 2.03 (9e2ec9a); scored once before study
REAL67 = EVAL / "real67"  # 9 more (sub-parks in 北京, 天津, 上海 and 重庆 zones: 华明工业园区 2010, 北京经开区 2011 (文匯報), 北辰开发区 2018, 中关村丰台园 2020, 大兴生物医药基地 2021, 松江经开区 2022, 南港工业区 2024, 西永综保区 2024, 璧山片区 2022), at 2.03 (9e2ec9a); scored once before study
REAL68 = EVAL / "real68"  # 7 more (traditional script: 高雄加工出口區 2015, 屏東科學園區 2025, 前鎮科技產業園區 2025, 南科 2021, 翠亨新區 (澳門日報 2015), 中科 2022, 深汕特別合作區 (香港商報 2021)), at 2.02 (9332e67); scored once before study
REAL69 = EVAL / "real69"  # 7 more (河北, 山西, 辽宁 and 吉林 county and city parks: 彰武经开区 2019, 东港经开区 2023, 尧都高新区 2025, 四平循环经济示范区 2018, 河间经开区 2020, 霸州/大厂/鹿泉/香河 2013, 卢龙县 2019), at 2.02 (9332e67); scored once before study
REAL70 = EVAL / "real70"  # 7 more (广东 and 福建 parks: 凤泉湖高新区 2024, 惠阳区 2019, 湛江空港经济区 2023, 福州台商投资区 2012, 福州's key parks 2016, 可门经济开发区 2022, 福鼎工业园区 2018), at 2.03 (a431a30); scored once before study
REAL71 = EVAL / "real71"  # 7 more (江苏 and 浙江 zones: 靖江经开区 2019, 杭州湾新区 2014, 瑞安经济开发区 2021, 启东生命健康产业园 2025, 嵊州's 临杭产业园 2020, 桐乡经济开发区 2023, 温州经开区 2022), at 2.03 (a431a30); scored once before study
REAL72 = EVAL / "real72"  # 8 more (四川, 贵州, 云南 and 广西 parks: 绵阳经开区 2012, 宜宾县 2013, 曲靖经开区 2014, 红塔工业园区 2021, 贵阳经开区 2026, 六盘水高新区 2021, 梧州's parks 2017, 隆安县 2013), at 2.03 (a431a30); scored once before study
REAL73 = EVAL / "real73"  # 6 more (funds tied to zones: 翠亨新区's 深中发展基金 2024, 昆山开发区's start-ups 2022, 花桥's 低空 fund 2024, 武汉车谷's fund 2025, 杭州经开区's pledges 2017, park developers' funds 2025), at 2.03 (a431a30); scored once before study
REAL74 = EVAL / "real74"  # 7 more (湖北, 湖南 and 江西 zones: 汨罗产业园 2020, 南昌经开区 2015, 湘阴县高新区 2020, 葛店/云梦/通城 2022, 黄冈 2022, 小蓝经开区 2023, 衡东县 2026), at 2.03 (2333881); scored once before study
REAL75 = EVAL / "real75"  # 9 more (安徽 and northern 江苏 parks: 徐州工业园区 2017, 徐州经开区 2018, 淮安经开区 2018, 上合物流园 2021, 盐城经开区 2022, 贤官镇工业区 2017, 苏滁高新区 2020, 合肥经开区 2021, 新站高新区 2024), at 2.03 (2333881); scored once before study
REAL76 = EVAL / "real76"  # 7 more (西北 zones: 轮台工业园区 2013, 大柴旦工业园 2018, 渭南经开区 2017, 榆林经开区 2022, 平凉工业园区 2025, 苏银产业园 2026, 三师区块 2025), at 2.03 (2333881); scored once before study
REAL77 = EVAL / "real77"  # 8 more (one zone each, national and provincial media: 东方临港产业园 2023, 无锡高新区 2023, 三个高新区 2025, 南浔·广安产业园 2021, 长沙经开区 2021, 扬州经开区 2023, 海口高新区 2022, 颍泉经济开发区 2022), at 2.03 (2333881); scored once before study
REAL78 = EVAL / "real78"  # 7 more (广西, 海南 and 云南 border and free-trade zones: 中马钦州产业园区 2013, 凭祥综保区 2020, 欽州港片區 (香港商報 2021), 百色试验区 2021, 海口's free-trade-port projects 2022, 瑞丽 and 河口 2024, 海口综保区 2025), at 2.03 (ac0d0ce); scored once before study
REAL79 = EVAL / "real79"  # 8 more (山东 county and city zones: 青州's parks 2013, 昌乐县 2011, 莒县 2017, 郯城县 2018, 枣庄高新区 2022, 郓城化工产业园 2023, 聊城经开区 2013, 乐陵 2022), at 2.03 (ac0d0ce); scored once before study
REAL80 = EVAL / "real80"  # 7 more (one firm's plant in a named park: 肇庆高新区 2020, 溧水经济开发区 2019, 徐圩新区 2021, 宁马新型功能区 2022, 苏里格经济开发区 2025, 胡杨河经开区 2023, 岳阳经开区 2023), at 2.03 (ac0d0ce); scored once before study
REAL81 = EVAL / "real81"  # 2 more (Hong Kong papers in traditional script: 北京's 大興 and 開發區 at the 京港洽談會 (文匯報 2010), 東湖高新區 (香港商報 2019)), at 2.03 (ac0d0ce); scored once before study
REAL82 = EVAL / "real82"  # 7 more (江西 and 福建 county parks: 泰宁工业园区 2010, 信丰县工业园区 2013, 闽清县 2014, 修水工业园 2014, 永定工业园区 2024, 福州马祖产业合作园区 2025, 湖口高新区 2026), at 2.03 (1ab1614); scored once before study
REAL83 = EVAL / "real83"  # 8 more (京津冀 zones: 廊坊临空经济区 2023, 香河经济开发区 2023, 宁河 2022, 沧州渤海新区 2018, 献县开发区 2021, 保定高新区 2020, 雄安中关村科技园 2024, 唐山高新区 2021), at 2.03 (1ab1614); scored once before study
REAL84 = EVAL / "real84"  # 7 more (东北 city zones: 宾西经开区 2023, 穆棱 2023, 朝阳经济开发区 2022, 蛟河 2020, 白城工业园区 2017, 凌源經濟開發區 (香港商報 2020), 腾鳌经济开发区 2020), at 2.03 (1ab1614); scored once before study
REAL85 = EVAL / "real85"  # 8 more (重庆 and 四川 district and county parks: 彭山 2019, 荣昌高新区 2020, 朝天区 2012, 白沙工业园 2019, 邛崃 2012, 隆昌 2012, 绵阳经开区 2025, 永川区 2023), at 2.03 (1ab1614); scored once before study
REAL86 = EVAL / "real86"  # 7 more (浙江 and 江苏 town parks: 南浔镇小微园 2020, 紫来小微企业创业园 2019, 蓝印时尚小镇 2020, 许河镇全民创业园 2023, 罡杨镇 2021, 璜土镇园 2025, 龙河机电装备智造产业园 2025), at 2.03 (9e3e959); scored once before study
REAL87 = EVAL / "real87"  # 8 more (湖南 and 广西 parks: 梧州工业园区 2014, 阳和工业新区 2013, 桃源工业集中区 2015, 湘乡经开区 2019, 娄底经开区 2019, 南宁高新区 2020, 湘潭经开区 2024, 武宣县河西工业园区 2024), at 2.03 (9e3e959); scored once before study
REAL88 = EVAL / "real88"  # 7 more (河南 and 安徽 zones: 新乡高新区 2023 and 2022, 伊滨科技城 2024, 蕪湖經開區 (香港商報 2025), 合肥经开区 2019, 马鞍山经开区 2022, 合肥高新区 2020), at 2.03 (9e3e959); scored once before study
REAL89 = EVAL / "real89"  # 8 more (上海 and 广东 big zones: 张江科学城 2019, 临港新片区 2022, 闵行开发区 2023, 中新广州知识城 2015, 南沙区 2020, 广州开发区 2020, 前海 2017, 松山湖 2023), at 2.03 (9e3e959); scored once before study
REAL90 = EVAL / "real90"  # 9 more (山西 and 内蒙古 zones: 大寨经济开发区 2012, 孝义 2021, 清徐经济开发区 2022, 左云经开区 2024, 晋城's 开发区 2024, 库伦旗 2011, 芒来循环经济园区 2011, 呼和浩特 2021, 呼和浩特综保区 2025), at 2.03 (b2cff0f); scored once before study
REAL91 = EVAL / "real91"  # 9 more (海南 parks and 福建 台商 zones: 洋浦经济开发区 2019, 博鳌乐城先行区 2022 and 2014, 集美 and 杏林台商投资区 2004, 海口江东新区 2023, 文昌国际航天城 2023, 台湾农业机械产业园 2013, 三亚崖州湾科技城 2020, 海沧 2011), at 2.03 (b2cff0f); scored once before study
REAL92 = EVAL / "real92"  # 9 more (苏南 and 浙北 zones: 常州经开区 2020, 常州高新区 2020, 嘉兴经开区 2021, 嘉善县开发区 2012, 无锡高新区 2021, 江宁区 2021, 江宁开发区 2022, 吴江开发区 2022, 德清经济开发区 2013), at 2.03 (b2cff0f); scored once before study
REAL93 = EVAL / "real93"  # 8 more (贵州, 辽宁, 青海 and 宁夏 zones: 义龙新区 2023, 贵阳高新区 2023, 大龙开发区 2025, 金普新区 2025, 锦州滨海新区 2019, 上新庄工业园区 2011, 银川经开区 2024, 中卫 中关村科技产业园 2018), at 2.03 (b2cff0f); scored once before study
REAL94 = EVAL / "real94"  # 8 more (陕西 and 甘肃 zones: 凤翔高新区 2022, 咸阳高新区 2022, 酒泉经开区 2017, 榆佳工业园区 2014, 航天基地 2018, 渭南高新区 2024, 金昌经开区 2020, 嘉峪关工业园区 2022), at 2.03 (b2cff0f); scored once before study
REAL95 = EVAL / "real95"  # 8 more (新疆 and 西藏 parks: 兵团乌鲁木齐工业园区 2018, 阿拉尔经开区 2023, 霍尔果斯经开区兵团分区 2024, 喀什经开区 2023, 石河子经开区 2024, 拉萨经开区 2011, 霍尔果斯馕产业园 2020, 伊尔克什坦口岸园区 2013), at 2.03 (b2cff0f); scored once before study
REAL96 = EVAL / "real96"  # 7 more (浙江南部 zones: 瓯江口产业集聚区 2019, 头门港新区 2015, 丽水经开区 2017, 金义都市新区 2016, 瑞安经济开发区 2021, 瑞浦 in 空港新区 2022, 瑞安 2021), at 2.03 (b2cff0f); scored once before study
REAL97 = EVAL / "real97"  # 7 more (county reports on their own parks: 泌阳县产业集聚区 2015, 江华 2021, 旺苍县工业园区 2015, 南林桥双创产业园 2020, 遂川工业园区 2024, 长丰(双凤)经开区 2023, 遂昌竹制品集聚区 2015), at 2.03 (b2cff0f); scored once before study
REAL98 = EVAL / "real98"  # 9 more (山东 coastal zones: 烟台高新区 2024, 石岛工业园 2021, 潍坊滨海区 2022, 胶州经开区 2017, 平度经济开发区 2020, 东营港经开区 2019, 威海高新区 2018, 日照经开区 2024, 市北经济开发区 2016), at 2.04 (076bd72); scored once before study
REAL99 = EVAL / "real99"  # 8 more (河北 zones: 石家庄高新区 2024, 邢台开发区 2017, 衡水高新区 2019 twice, 邢台 2024, 邯郸经开区 2012 twice, 沧州高新区 2011), at 2.04 (076bd72); scored once before study
REAL100 = EVAL / "real100"  # 7 more (黑龙江 zones: 绥芬河 2017, 大庆高新区 2012, 牡丹江 2007, 鸡西 2021 and 2019, 鸡东经济开发区 2023, 大庆 2024), at 2.04 (076bd72); scored once before study
REAL101 = EVAL / "real101"  # 9 more (珠三角 district and town parks: 布吉 2008, 五沙工业园 2022, 勒流 2020, 中山 2024, 古劳镇 2025, 惠州 2013, 里水镇 2022, 大朗(乐昌)产业共建科技园 2019, 狮山(风梅岭)智造科技产业园 2022), at 2.04 (076bd72); scored once before study
REAL102 = EVAL / "real102"  # 9 more (江西 zones: 小蓝经开区 2016, 井冈山经开区 2018 and 2026, 九江经开区 2019, 南昌高新区 2020 and 2026, 上饶经开区 2021, 宜春经开区 2021, 赣州经开区 2024), at 2.04 (e00a768); scored once before study
REAL103 = EVAL / "real103"  # 9 more (湖北 zones: 光谷生物城 2013, 武汉经开区 2021, 襄阳高新区 2018 and 2024, 宜昌 2022, 荆门高新区 2021, 东湖综合保税区 2017, 孝南 2018, 黃石 開發區鐵山區 (香港商報 2022)), at 2.04 (e00a768); scored once before study
REAL104 = EVAL / "real104"  # 9 more (云南 and 广西 parks: 蒙自经开区 2023, 昆明高新区 2023, 沾益工业园区 2023, 安宁高新区 2025, 南宁·中关村科技园 2021, 中马钦州产业园区 2024, 鱼峰区工业园区 2019, 陆良 2020, 南宁高新区 2022), at 2.04 (e00a768); scored once before study
REAL105 = EVAL / "real105"  # 9 more (福建 zones: 龙岩经开区 2011, 莆田高新园区 2012, 泉州开发区 2013, 江阴经济开发区 2013, 元洪投资区 2018, 三都澳大黄鱼产业园 2020, 鸿锦产业园 2024, 南翼高新区 2025, 沪明食品产业园 2026), at 2.04 (e00a768); scored once before study
REAL106 = EVAL / "real106"  # 9 more (天津 zones: 华明高新区 2022, 天津经开区 2023, 滨海高新区 2023, 京津中关村科技城 2023, 大邱庄生态城 2021, 31 示範工業園區 (文匯報 2013), 泰达 2001, 西堤头镇 2009, 天津经开区 2024), at 2.04 (ccb26db); scored once before study
REAL107 = EVAL / "real107"  # 8 more (苏中 and 苏北 zones: 扬州经开区 2022 twice, 通州湾示范区 2021, 泰兴经济开发区 2017, 苏州盐城沿海合作开发园区 2025, 苏宿工业园区 2021, 灌云县 2025, 淮阴经济开发区 2008), at 2.04 (ccb26db); scored once before study
REAL108 = EVAL / "real108"  # 9 more (河南 zones: 郑州航空港实验区 2014, 2017 and 2018, 商丘先进装备制造产业园 2017, 商城县开发区 2024, 卧龙区开发区 2024, 郑州高新区 2024, 新乡经开区 2024, 郑州经开区 2023), at 2.04 (ccb26db); scored once before study
REAL109 = EVAL / "real109"  # 8 more (四川 zones: 绵阳经开区 2020, 长开区 2022, 成都高新综保区 (香港商報 2018), 成都高新区 2022, 长宁经开区 2025, 遂宁高新区 2023, 南充航空港经开区 2023, 广安经开区 2022), at 2.04 (ccb26db); scored once before study
REAL110 = EVAL / "real110"  # 9 more (安徽 zones: 安庆's six zones 2019, 安庆经开区 2018, 合肥高新区 2023, 合巢经开区 2017, 南谯工业开发区 2016, 芜湖江北新区 2023, 马鞍山经开区 2022, 蚌埠经济开发区 2013, 合肥庐阳经开区 2022), at 2.04 (ed433f5); scored once before study
REAL111 = EVAL / "real111"  # 8 more (重庆 districts and their parks: 两江国际汽车城 2012, 璧山工业园区 2014, 长寿区 2020, 涪陵临港经济区 2020, 璧山高新区 2021, 川渝高竹新区 2021, 涪陵区 2022, 长寿经开区 2023), at 2.04 (ed433f5); scored once before study
REAL112 = EVAL / "real112"  # 7 more (funds tied to zones: 绍兴滨海新区 2023, 成都高新區 (香港商報 2022), 蓝润国际海洋食品产业园 2019, 苏州工业园区 2015, 成都高新区 2022, 江苏医疗器械科技产业园 2023, 暨阳湖科学城 2025), at 2.04 (ed433f5); scored once before study
REAL113 = EVAL / "real113"  # 6 more (older 吉林 and 内蒙古 items: 绿园经济开发区 2008, 包头装备制造产业园区 2007, 吉林化工园区 2010 and 2010-2012, 霍林郭勒市 2013, 呼和浩特's 金桥开发区 2013), at 2.04 (ed433f5); scored once before study
REAL114 = EVAL / "real114"  # 8 more (traditional-script items: 合肥經濟技術開發區 (文匯報 2007), 南投's parks 2017, 南沙開發區 (澳門日報 2020), 鳳山工業區 2021, 大連 projects (中評社 2023), 雲林小東工業區 2023, 科學園區 review board 2025, 沙崙生態科學園區 2025), at 2.05 (a039bd2); scored once before study
REAL115 = EVAL / "real115"  # 7 more (year-end reviews and government reports on zones: 斗门区 2022, 辽源经济开发区 2019, 新乡高新区 2021, 常州高新区 2020, 斗门智能制造产业园 2020, 大冶湖高新区 2025 and a year not given), at 2.05 (a039bd2); scored once before study
REAL116 = EVAL / "real116"  # 8 more (广东 outside the delta: 洋青工业园区 2020, 湛江经开区 2025, 茂名滨海新区 2012, 大南海石化工业园 2013, 源城工业园 2019, 广清产业园 2015, 深河創智產業園 (香港商報 2021), 汕头六合产业园 2022), at 2.05 (a039bd2); scored once before study
REAL117 = EVAL / "real117"  # 8 more (2006-2012 江苏 and 浙江 parks: 扬州化工园区 2007, 苏州工业园区 2009, 江阴—靖江工业园 2008, 萧山 2006, 杭州西湖区 2010, 泰兴 2011, 余姚 2012, 淮安 2008), at 2.05 (a039bd2); scored once before study
REAL118 = EVAL / "real118"  # 9 more (湖南 zones: 岳阳经开区 2018, 湘潭高新区 2023, 湘潭经开区 2020, 长沙高新区 2018, 宁乡经开区 2018, 常德经开区 2025, 常德高新区 2021, 株洲高新区 2017, 衡阳松木经济开发区 2020), at 2.05 (e035c5f); scored once before study
REAL119 = EVAL / "real119"  # 7 more (山东 inland zones: 淄博高新区 2021, 泰安高新区 2016, 济南高新区 2018, 诸城悦东新材料产业园 2023, 临沂市高新区 2023, 邹城经济开发区 2023, 高密 2022), at 2.05 (e035c5f); scored once before study
REAL120 = EVAL / "real120"  # 7 more (广西 and 贵州 parks 2007-2016: 小孟工業園 (文匯報 2012), 苏桥经济开发区 2011, 中国-东盟经济园区 2008, 钦州港经济开发区 2009, 桂林 2016, 河池·东莞工业加工区 2007, 钦州港 2010), at 2.05 (e035c5f); scored once before study
REAL121 = EVAL / "real121"  # 7 more (listed firms and their park projects: 邵阳经济开发区 2020, 临海国际医药小镇 2023, 芜湖经济技术开发区 2011, 常州天宁经济开发区 2019, 祁阳高新区 2023, 漳州开发区 2011, 常州高新区 2018), at 2.05 (f6c6520); scored once before study
REAL122 = EVAL / "real122"  # 9 more (北京 and 上海 zones and sub-parks: 北京经济技术开发区 2002, 漕河泾开发区 2012, 青浦工业园区 2012, 嘉定工业区 2021, 北京经开区 2023 and 2024, 临港新片区 2023, 金山 2023, 丰台科技园区 2024), at 2.05 (a5c70d7); scored once before study
REAL123 = EVAL / "real123"  # 8 more (陕西, 甘肃 and 宁夏 zones: 宝鸡高新区 2025, 咸阳高新区 2025, 西咸新区 2024, 兰州新区 2016, 2019 and 2022, 银川经开区 2019, 银川丝路经济园 2019), at 2.05 (a5c70d7); scored once before study
REAL124 = EVAL / "real124"  # 8 more (county and town parks in 江西, 福建 and 浙江: 罗源 2018, 闽清 2012, 龙南 2017, 义乌 2019, 赤湖工业园 2014, 柳市镇 2015, 大横产业园区 2024, 洪宽工业村 2013), at 2.05 (a5c70d7); scored once before study
REAL125 = EVAL / "real125"  # 8 more (中外合作 parks: 青岛中德生态园 2019, 盐城 韩资工业园 2013, 中以常州创新园 2018, 中日(成都)地方发展合作示范区 2020, 丹阳经济开发区 2012, 中新天津生态城 2009, 中韩(烟台)产业园 2020, 粤澳合作中医药科技产业园 2019), at 2.05 (a5c70d7); scored once before study
REAL126 = EVAL / "real126"  # 6 more (湖北 and 江西 zones 2010-2012: 古龙产业园 2012, 新滩工业园 2012, 武汉开发区 2010, 杨溪工业园 and 石花经济开发区 2010, 修水(九江)工业园 2012, 东湖高新区 2011), at 2.05 (e5c68ed); scored once before study
REAL127 = EVAL / "real127"  # 6 more (河北 and 山西 zones 2022-2024: 石家庄高新区 2022 (two), 襄汾经济技术开发区 2024, 山西转型综改示范区 2022, 张北县 经济开发区 2023, 运城 2022), at 2.05 (e5c68ed); scored once before study
REAL128 = EVAL / "real128"  # 6 more (border and western zones: 江平工业集中区 2007, 景洪工业园区 2010, 塔城市边境经济合作区 2023, 霍尔果斯经济开发区伊宁园区 2023, 喀什经济开发区 2024, 喀什市 2023), at 2.05 (e5c68ed); scored once before study
REAL129 = EVAL / "real129"  # 8 more (辽宁 and 黑龙江 zones 2019-2022: 黑河片区 2019 and 2020, 沈阳片区 2022, 黑龙江自贸试验区 2022, 大连片区 2021, 哈尔滨深圳产业园区 2019, 哈新区平房片区 2020, 大庆经开区 2022), at 2.05 (e5c68ed); scored once before study
REAL130 = EVAL / "real130"  # 8 more (海南 自由贸易港 parks and 福建 / 广东 bonded zones 2015-2024: 洋浦保税港区 2021, 三亚崖州湾科技城 2021, 海口江东新区 2023, 广东海南先进制造业合作产业园 2024, 文昌国际航天城 2023, 福州保税港区 2015, 湛江综合保税区 2021, 海口 2024), at 2.05 (b55fe54); scored once before study
REAL131 = EVAL / "real131"  # 8 more (agricultural and food parks 2012-2024: 辽阳县农产品精深加工园区 2022, 肇州工业园区 2013, 南华工业园区 2023, 曾都区农产品加工园 2012, 眉山 中国泡菜城 2020, 紫金县预制菜产业园 2024, 兰西县开发区 2015, 涪陵区国家现代农业产业园 2019), at 2.05 (b55fe54); scored once before study
REAL132 = EVAL / "real132"  # 8 more (university science parks, incubators and 科技城 2012-2024: 电子科大科技园(天府园) 2024, 成都 众创空间 2018, 西咸新区 2021, 洛阳·大学科技园 2013, 襄阳科技城 2016, 襄阳 incubators 2018, 绵阳 科技城创新基地 2021, 郑东新区 龙子湖 2012), at 2.05 (b55fe54); scored once before study
REAL133 = EVAL / "real133"  # 8 more (四川 and 河南 zones 2021-2025: 四川天府新区 2021, 天府智能制造产业园 2021, 成都东部新区 2023, 宜宾三江新区 2021, 宜宾高新技术产业园区(叙州园) 2021, 新乡经开区 2021, 郑州航空港 2023 and 2025), at 2.05 (b55fe54); scored once before study
REAL134 = EVAL / "real134"  # 6 more (江苏 zones 2024-2026: 南通开发区 2026, 西太湖科技产业园 2024, 徐州经开区 2025, 南通经济技术开发区 2025, 无锡高新区 2025, 钟楼经济开发区 2026), at 2.06 (86c389a); scored once before study
REAL135 = EVAL / "real135"  # 7 more (珠江三角洲 zones 2022-2026: 光明区 2022, 广州开发区 2022, 翠亨新区 2025, 前海合作區 (香港01 2026), 珠海经开区 2025, 东莞松山湖 2023, 顺德 2024), at 2.06 (86c389a); scored once before study
REAL136 = EVAL / "real136"  # 6 more (listed firms and parks 2015-2026: 佳木斯高新区 2024, 广安经开区 2015, 张江高新区 2023, 金山碳谷绿湾产业园 2026, 永定工业园 2016, a listed firm's own 工业园), at 2.06 (86c389a); scored once before study
REAL137 = EVAL / "real137"  # 8 more (浙江 and 福建 zones 2020-2026: 钱塘 2024 and 2022, 宁波前湾新区 2022, 泉州台商投资区 2024, 厦门火炬高新区 2026, 2025 and 2020, 福州高新区 2023), at 2.06 (86c389a); scored once before study
REAL138 = EVAL / "real138"  # 7 more (山东 coastal zones 2019-2025: 青岛西海岸新区 2019, 莱西国际招商产业园 2020, 胶州 春光康谷 2024, 烟台开发区 2022, 烟台高新区 2023, 威海高新区 2022, 日照经开区 2025), at 2.06 (ffb00d7); scored once before study
REAL139 = EVAL / "real139"  # 8 more (天津, 北京 and 雄安 zones 2019-2026: 天津经开区 2022, 中新天津生态城 2023 (two), 京津中关村科技城 2019, 北京经开区 2024, 中关村科学城国际医谷 2024, 雄安新区 2026 and 2025), at 2.06 (76ead8d); scored once before study
REAL140 = EVAL / "real140"  # 8 more (广西, 贵州 and 云南 zones 2021-2025: 桂林国家高新区 2021, 鹿寨县经开区 2023, 汇川区 2021, 遵义高新区 2025, 玉溪高新区 2024, 昆明高新区 2021, 毕节高新区 2023, 安宁工业园区 2023), at 2.06 (ffb00d7); scored once before study
REAL141 = EVAL / "real141"  # 7 more (湖北, 湖南 and 江西 zones 2022-2025: 株洲经开区 2025, 宜昌高新区白洋工业园 2025, 长沙经开区 2022 (two), 武汉经开区 2023, 东湖高新区 2023, 赣州经开区 2022), at 2.06 (76ead8d); scored once before study
REAL142 = EVAL / "real142"  # 6 more (宁夏, 内蒙古 and 甘肃 zones 2021-2024: 苏银产业园 2024, 和林格尔新区 2022, 宁夏中卫工业园区 2023, 鄂尔多斯零碳产业园 2024, 兰州新区化工园区 2021, 兰州新区 2021), at 2.06 (33c5007); scored once before study
REAL143 = EVAL / "real143"  # 6 more (traditional-script press: 橋頭科學園區 2025 (two), the 科學園區' half-year revenue 2025, 高雄 科技產業園區 2023, 南科 2020, 港深創新及科技園 2018), at 2.06 (33c5007); scored once before study
REAL144 = EVAL / "real144"  # 8 more (county zones in 安徽, 河南 and 山东 2020-2023: 正阳县 2020, 砀山县经济开发区 2022, 泗县 2021, 西华县 2022, 利津经济开发区 2020, 微山经济开发区 2023, 蒙城经开区 2022, 郎溪经开区 2022), at 2.06 (33c5007); scored once before study
REAL145 = EVAL / "real145"  # 7 more (东北 zones 2010-2014 and 兵团 parks: 大庆高新区 2014, 旅顺经济开发区 2010, 长春高新区 2012, 七师百万锭纺织工业园 2015, 阿拉尔经济技术开发区 2021, 肇源大广工业园区 2013, 赵光农场工业园区 2013), at 2.06 (33c5007); scored once before study
REAL146 = EVAL / "real146"  # 7 more (重庆 and 四川 zones 2008-2017: 成都高新区 2008, 重庆西永微电子产业园 2009, 西永综合保税区 2010, 新川创新科技园 2014, 成德工业园 2014, 宜宾临港开发区 2017, 绵阳高新区 2017), at 2.06 (27b1b40); scored once before study
REAL147 = EVAL / "real147"  # 7 more (粤东西北 and 福建 parks 2015-2023: 尼葛开发区 2019, 长泰经济开发区 2023, 茂南产业转移工业园 2019, 广德(英德)产业园 2019, 东海岛 2017, 乐昌产业转移工业园 2015, 广东 现代农业产业园 list 2020), at 2.06 (27b1b40); scored once before study
REAL148 = EVAL / "real148"  # 7 more (安徽 and 江苏 zones 2009-2012: 盐城经济开发区 2010 (two), 合肥高新區 (文匯報 2009), 马鞍山 示范园区 2012, 芜湖经开区 2012, 洋口港区 2012, 苏州工业园区 2012), at 2.06 (27b1b40); scored once before study
REAL149 = EVAL / "real149"  # 4 more (zone and county project lists: 遂宁经开区 2021, 沈抚新区 2019, 驿城区 2016, 项城市 2020), at 2.06 (27b1b40); scored once before study
REAL150 = EVAL / "real150"  # 7 more (河南 and 湖北 zones 2010-2016: 郑州经开区 2014, 许昌 产业集聚区 2011, 洛阳先进制造业集聚区 2016, 中牟产业园区 2010, 襄阳高新区 2015, 武汉开发区 凤凰工业园 2013, 河南 产业集聚区 notice 2011), at 2.06 (71b7e22); scored once before study
REAL151 = EVAL / "real151"  # 6 more (浙江 county and city zones 2010-2016: 嵊州经济开发区 2011, 杭州湾上虞工业园区 2013 and 2011, 衢江经济开发区 2010, 磐安工业园区 2016, 台州湾循环经济产业集聚区 2015), at 2.06 (71b7e22); scored once before study
REAL152 = EVAL / "real152"  # 6 more (funds tied to zones: 成都高新区 2023, 中原科技城 2022, 常州国家高新区 2024, 盐城 2022, 中山火炬开发区 2020, 中山翠亨新区 2026), at 2.06 (71b7e22); scored once before study
REAL153 = EVAL / "real153"  # 8 more (上海 zones 2019-2024: 临港新片区 2020, 长三角G60科创之眼 2022, 松江 2021, 市北高新 2020 and 2019, 金桥 2021 and 2023, 漕河泾开发区 2024), at 2.06 (71b7e22); scored once before study
REAL154 = EVAL / "real154"  # 6 more (陕西 and 山西 zones 2008-2020: 蔡家坡经济技术开发区 2010, 杨凌示范区 2016, 沣东工业园区 2009, 西安 航天 and 航空 bases 2008, 大同's five parks 2010, 宝鸡高新区 2020), at 2.06 (a1bc859); scored once before study
REAL155 = EVAL / "real155"  # 7 more (江西 county projects and parks, and two 湖南 parks, 2018-2024: 吉安县 2022, 吉水 2022, 东乡区 2023, 寻乌石排工业园区 2018, 上饶 2021, 江华高新区 2024, 永州经开区 2022), at 2.06 (a1bc859); scored once before study
REAL156 = EVAL / "real156"  # 6 more (广东 zones 2011-2014: 中山火炬开发区 2011, 佛山(清远) and 佛山(云浮) 产业转移工业园 2012, 珠海经济技术开发区 2012, 松山湖 2014, 东升工业园 2014, 中国电子东莞产业基地 2011), at 2.06 (a1bc859); scored once before study
REAL157 = EVAL / "real157"  # 6 more (新疆 and 西藏 zones 2022-2024: 哈密高新区 2022, 喀什 2022 and 2024, 霍尔果斯 2022, 拉萨高新区 2023, 乌鲁木齐高新区 (undated)), at 2.06 (a1bc859); scored once before study
REAL158 = EVAL / "real158"  # 8 more (bonded zones and bonded logistics centres 2016-2023: 城陵矶综合保税区 2016 and 2023, 新乡经开区 2019, 内江 2021, 成都高新综保区 2022, 梅州综保区 2022, 永川综合保税区 2022, 天津港保税区 2022), at 2.07 (80cdc0e); scored once before study
REAL159 = EVAL / "real159"  # 8 more (free trade zone parts 2017-2022: 河南自贸区 2017, 川南临港片区 2017, 杭州片区钱塘区块 2020, 金义片区 2021, 舟山片区 2021 and 2022, 两江新区 2021 and 2017), at 2.07 (80cdc0e); scored once before study
REAL160 = EVAL / "real160"  # 8 more (Taiwan industrial zones and science parks in traditional script 2017-2026: 大埔美 2020, 銅鑼 and 竹南 2020, 鹿野 and 利家 2019, 加工出口區 2019, 嘉義縣 2017, four new parks 2023, 麥寮 2026, 雲林 2022), at 2.07 (80cdc0e); scored once before study
REAL161 = EVAL / "real161"  # 7 more (foreign-invested and Latin-named firms in parks 2013-2025: 汉南日本产业园 2013, 中德工业园 2013, 威海高新区 2020, 西海岸新区 2020, 苏州高新区 2021, 盐城经开区 2022, 无锡高新区 2025), at 2.07 (80cdc0e); scored once before study
REAL162 = EVAL / "real162"  # 8 more (湖南 and 广西 zones 2009-2015: 株洲高新区 2015, 南宁高新区 2009, 岳阳经济开发区 2015, 柳东新区 2014, 北海出口加工区 2014, 浏阳经开区 2013, 长沙经开区 2010, 南宁经开区 2014), at 2.07 (49cbdd8); scored once before study
REAL163 = EVAL / "real163"  # 8 more (福建 zones 2008-2015: 洛秀园区 2008, 杏林台商投资区 2009, 龙州工业园区 2010, 漳州招商局开发区 2011, 厦门火炬高新区 2011, 江阴经济开发区 2013, 莆田 2015, 海沧台商投资区 2014), at 2.07 (49cbdd8); scored once before study
REAL164 = EVAL / "real164"  # 8 more (park developers and operators 2018-2025: 舒城产业新城 2020, 东部智谷 2020, 联东U谷 大连 2020 and 嘉善 2019, 华夏幸福 杭州 2018, 合肥 park REIT 2022, 闽侯 2025, 中新集团 2019), at 2.07 (49cbdd8); scored once before study
REAL165 = EVAL / "real165"  # 6 more (山东 zones 2011-2019: 潍坊滨海开发区 2011, 德州经济技术开发区 2012 (two), 济南新材料产业园区 2014, 德州(禹城)高新区 2015, 淄川经济开发区 2019), at 2.07 (49cbdd8); scored once before study
REAL166 = EVAL / "real166"  # 7 more (天津滨海新区 functional zones and 河北 zones 2008-2014: 滨海新区 2009 and 2010 (two), 唐山海港经济开发区 2014, 沧州临港经济技术开发区 2012, 保定 2008 (two)), at 2.07 (33782a9); scored once before study
REAL167 = EVAL / "real167"  # 6 more (贵州 and 云南 zones 2010-2015: 昆明经开区 2011, 西秀工业园区 2011, 云南's parks 2015, 凯里经济开发区 2014, 贵安新区 2013, 毕节 2010), at 2.07 (33782a9); scored once before study
REAL168 = EVAL / "real168"  # 7 more (苏北 zones 2020-2022: 邳州 2021, 宿迁 2021, 连云港 2020, 铜山 2022, 淮安区 2020, 宿迁高新区 2020, 盐城经开区 2022), at 2.07 (33782a9); scored once before study
REAL169 = EVAL / "real169"  # 8 more (陕西 and 甘肃 zones 2021-2025: 兰州新区 2022 and 2025, 宝鸡 2023, 西安高新区 2024, 嘉峪关 2022, 兰州白银高新区 2021, 杨凌 2023, 天水经开区 2025), at 2.07 (33782a9); scored once before study
REAL170 = EVAL / "real170"  # 7 more (吉林 and 内蒙古 zones 2019-2026: 公主岭经济开发区 2025, 延吉高新区 2023, 中韩示范区 2026, 赤峰 2023 (two), 和林格尔新区 2025, 鄂尔多斯 2019), at 2.07 (aa954c4); scored once before study
REAL171 = EVAL / "real171"  # 8 more (安徽 zones 2021-2025: 三山经济开发区 2023, 合肥新站高新区 2024, 巢湖经开区 2023, 宿马园区 2025, 淮北 2021, 宿州经开区 2025, 阜南经济开发区 2024, a provincial approval), at 2.07 (aa954c4); scored once before study
REAL172 = EVAL / "real172"  # 6 more (features on parks 2017-2025: 临港新片区 2020, 中山 2025, 泥城镇 2023, 乐山高新区 2019, 葫芦岛经济开发区 2017, 株洲 2021), at 2.07 (aa954c4); scored once before study
REAL173 = EVAL / "real173"  # 8 more (重庆 zones 2021-2025: 两江新区 2023, 璧山高新区 2022, 西部(重庆)科学城 2023, 长寿经开区 2023, 永川综保区 2023, 西永微电园 2025, 成渝 parks notice 2023, 璧山片区 2021), at 2.07 (aa954c4); scored once before study
REAL174 = EVAL / "real174"  # 6 more (Hong Kong and overseas Chinese press on parks, mostly traditional script, 2008-2026: 武漢光谷 2012, 前海 2015, 廣州經開區 (undated), 海南自由貿易港 2025, 河套香港園區 2026, 洋浦保稅港區 2008), at 2.07 (f418dd1); scored once before study
REAL175 = EVAL / "real175"  # 7 more (official reports with parks 2018-2025: 建平县 2018 and 平阴县 2019 government work reports, 芜湖经开区 2022 report, 济宁高新区 meeting, national high-tech zones report 2022, 贵安综保区 2025, national 经开区 2025), at 2.07 (71301d2); scored once before study
REAL176 = EVAL / "real176"  # 6 more (新疆 and 宁夏 zones 2009-2013: 永安坝工业园区 2011, 烏魯木齊經濟技術開發區 2013, 石河子经济技术开发区 2013, 霍尔果斯经济开发区 2012, 石城子光伏产业园 2012, 中卫 2009), at 2.07 (f418dd1); scored once before study
REAL177 = EVAL / "real177"  # 6 more (science parks 2022-2025: 中关村密云园 2025, 中关村通州园 2025, 南山智园 2023, 桃花源科技创新生态园 2022, 深圳高新区南山园区 2022, 南山 2025), at 2.07 (f418dd1); scored once before study
REAL178 = EVAL / "real178"  # 8 more (浙江 city zones 2008-2014: 南湖区 2008, 秀洲工业园区 2011, 北仑 2011, 杭州湾新区 2014, 衢州产业集聚区 2014, 海盐经济开发区 2011, 金西开发区 2012, 温州高新区 2012), at 2.07 (7cd27fe); scored once before study
REAL179 = EVAL / "real179"  # 9 more (广西 and 海南 zones 2016-2022: 钦州港 2022, 柳东新区 2020, 北海 2019, 东盟经开区 2017, 防城港经济技术开发区 2020, 洋浦经济开发区 2018, 海南 internet parks 2019, 北海工业园区 2016, a software park 2021), at 2.07 (904ff81); scored once before study
REAL180 = EVAL / "real180"  # 6 more (company announcements and zone news 2015-2024: 苏州国家高新区 announcements 2024 (two), 兰州经济技术开发区 2015, 招远经济技术开发区 2017, 上海杭州湾开发区 2020, 繁昌区 2022), at 2.07 (904ff81); scored once before study
REAL181 = EVAL / "real181"  # 6 more (河南 and 山西 zones 2018-2020: 山西 signing 2019, 洛阳高新技术产业集聚区 2019, 郑州 2019, 开封 2018, 洛阳 2019, 新乡 2020), at 2.07 (7cd27fe); scored once before study
REAL182 = EVAL / "real182"  # 8 more (江苏 southern zones 2016-2020: 昆山 2016, 吴江 2016, 武进 2019, 常州高新区 2020, 泰州医药高新区 2020, 苏州高新区 2016, 南京经开区 2020, 锡山开发区 2018), at 2.07 (d856247); scored once before study
REAL183 = EVAL / "real183"  # 6 more (湖北 and 湖南 county zones 2016-2020: 汉川 2016, 常德高新区 2016, 临湘 2019, 隆回 2020, 新邵 2020, 孝昌 2019), at 2.07 (d856247); scored once before study
REAL184 = EVAL / "real184"  # 8 more (广东 zones 2016-2021: 湛江开发区 2018, 广州开发区 2019, 江门 2019, 茂名 2021, 肇庆 2017 and 2021, 前海蛇口自贸片区 2016, 珠海 2020), at 2.07 (d856247); scored once before study
REAL185 = EVAL / "real185"  # 7 more (四川 and 云南 zones 2016-2020: 昆明经开区 2019, 泸州高新区 2020, 成都 2019, 射洪 2018, 眉山 2016, 曲靖经开区 2019, 昆明高新区 2020), at 2.07 (d856247); scored once before study
REAL186 = EVAL / "real186"  # 6 more (辽宁 county and city zones 2021-2025: 昌图经济开发区 2022, 沈阳非金属新材料产业园 2023, 喀左经济开发区 2023, 北斗通航装备制造产业园 2023, 辽宁自由贸易试验区营口片区 2025, 法库县 2021), at 2.07 (ae26ad8); scored once before study
REAL187 = EVAL / "real187"  # 7 more (黑龙江 zones 2008-2015: 乌苏里斯克经贸合作区 2014, 肇州国家农业科技园区 2015, 宝泉无烟煤产业园区 2013, 绥芬河边境经济合作区 2008, 哈经开区 2015, 哈尔滨华南城 2014, 黑河国家农业科技园区 2015), at 2.07 (ae26ad8); scored once before study
REAL188 = EVAL / "real188"  # 6 more (上海 suburban parks 2009-2016: 南汇工业园区 2010, 上海化工区 2009, 上海闵行经济技术开发区 2010, 莘莘学子园 2015, 亭林工业区 2016, 上海市莘庄工业区 2016), at 2.07 (ae26ad8); scored once before study
REAL189 = EVAL / "real189"  # 6 more (江西 city and county zones 2009-2014: 九江城区临港工业基地 2009, 南丰县富溪工业园区 2011, 景德镇陶瓷工业园区 2012, 吉州工业园区 2012, 赣州开发区 2013, 九江开发区 2014), at 2.07 (ae26ad8); scored once before study
REAL190 = EVAL / "real190"  # 8 more (海南 free-trade-port parks 2022-2026: 文昌国际航天城 2023, 海南博鳌乐城国际医疗旅游先行区 2023, 洋浦开发区 2022, 崖州湾科技城 2022, 文昌国际航天城 2026, 文昌国际航天城 2024, 海口江东新区 2022, 洋浦海上风电产业园 2024), at 2.08 (817f152); scored once before study
REAL191 = EVAL / "real191"  # 6 more (宁夏 and 青海 zones 2020-2024: 柴达木循环经济试验区 2022, 西宁经济技术开发区 2023, 西宁(国家级)经济技术开发区 2021, 平罗工业园区 2024, 南川工业园区 2020, 中卫数据中心 2024), at 2.08 (817f152); scored once before study
REAL192 = EVAL / "real192"  # 7 more (山东 coastal-city zones 2009-2016: 威海高区 2009, 东营港经济开发区 2010, 潍柴滨海产业园 2012, 烟台高新技术产业开发区 2013, 日照经济开发区 2015, 滨州北海经济开发区 2016, 滨州北海经济开发区 2017), at 2.08 (0bbf156); scored once before study
REAL193 = EVAL / "real193"  # 8 more (广东 粤东西北 parks 2014-2025: 海丰县产业转移工业园 2014, 汕尾高新区红草园区 2016, 南雄绿色植保产业园 2024, 河源和平产业园区 2025, 梅州高新区 2022, 茂名零碳产业园 2024, 阳江阳春产业园区 2025, 广清产业园 2025), at 2.08 (424e647); scored once before study
REAL194 = EVAL / "real194"  # 6 more (河北 county and city zones 2022-2025: 轴承工业园区 2023, 阳原经济开发区 2023, 香河县经开区 2025, 邱县经济开发区 2024, 武强经济开发区 2022, 满城经济开发区 2024), at 2.08 (424e647); scored once before study
REAL195 = EVAL / "real195"  # 7 more (辽宁 zones 2008-2015: 辽宁丹东临港产业园区 2008, 锦州龙栖湾新区 2011, 鞍山激光产业园 2015, 大连高新区 2012, 辽宁专用车生产基地 2009, 大连保税物流区 2012, 大连保税区 2012), at 2.08 (43ef9cb); scored once before study
REAL196 = EVAL / "real196"  # 6 more (industry research and consulting write-ups on parks 2021-2025: 蛇口网谷产业园 2021, 张江科学城 2023, 溧阳高新区 2025, 西安高新技术产业开发区 2023, 中关村科技园区 2023, 郑州高新技术产业开发区 2024), at 2.08 (43ef9cb); scored once before study
REAL197 = EVAL / "real197"  # 8 more (北京 and 天津 zones 2018-2025: 北京市经济技术开发区 2022, 天津经开区 2023, 天津开发区 2018, 中关村科技园区大兴生物医药产业基地 2023, 京津中关村科技城 2024, 京津中关村科技城 2019, 滨海—中关村科技园 2021, 京津产业新城 2025), at 2.08 (3032573); scored once before study
REAL198 = EVAL / "real198"  # 6 more (浙江 county zones 2021-2025: 武义经济开发区 2024, 常山经济开发区 2025, 新昌高新技术产业园 2022, 浙江庆元经济开发区 2024, 慈溪市环杭州湾(慈星)智能产业园 2022, 兰溪市光膜小镇 2024), at 2.08 (3032573); scored once before study
REAL199 = EVAL / "real199"  # 7 more (湖北 city zones 2022-2025: 十堰经开区 2022, 宜昌高新区 2022, 荆门高新区 2024, 湖北自贸区襄阳片区 2022, 荆州经开区 2025, 随州高新区 2022, 十堰经开区 2024), at 2.08 (78b4051); scored once before study
REAL200 = EVAL / "real200"  # 7 more (四川 and 重庆 county zones 2021-2025: 渠县经济开发区 2021, 鹽亭縣經開區 2021, 彭山经开区 2021, 垫江高新区 2023, 川南新材料化工园区 2024, 酉阳工业园区 2025, 雅安经开区 2025), at 2.08 (78b4051); scored once before study
REAL201 = EVAL / "real201"  # 8 more (agricultural and food parks 2016-2025: 亳州食品产业园 2017, 兴宁市丝苗米省级现代农业产业园 2022, 泰兴市产业园 2022, 周口国家农业高新技术产业示范区 2022, 成都国家农业科技园区 2023, 屏山食品科技园 2016, 重庆绿色食品产业园 2020, 平原示范区 2025), at 2.08 (78b4051); scored once before study
REAL202 = EVAL / "real202"  # 8 more (logistics parks and airport and port zones 2016-2024: 连江经济开发区 2020, 潘桥国际物流园 2016, 鄂州航空物流产业园 2023, 南宁临空经济示范区 2021, 连云港高新区 2024, 双流航空经济区 2024, 广州空港经济区 2020, 黄圃临港产业园 2018), at 2.08 (fcccd60); scored once before study
REAL203 = EVAL / "real203"  # 7 more (山西 and 内蒙古 zones 2021-2025: 九原工业园区 2021, 鄂尔多斯高新技术产业开发区 2023, 察哈尔高新技术开发区 2022, 呼和浩特航天经济开发区 2025, 长治高新区 2022, 太谷经济技术开发区 2025, 长治高新区 2024), at 2.08 (f9e9e8a); scored once before study
REAL204 = EVAL / "real204"  # 6 more (江苏 and 浙江 zones 2009-2012: 南京江宁开发区 2010, 宁波象山产业区 unkn, 杭州经济技术开发区 2011, 昆山光电产业园 2012, 苏州工业园区 2012, 建湖开发区 unkn), at 2.08 (f9e9e8a); scored once before study
REAL205 = EVAL / "real205"  # 6 more (安徽 and 河南 county zones 2016-2020: 利辛经济开发区 2020, 华夏幸福舒城智能制造产业园 2019, 民权县高新技术开发区 2016, 民权高新区 2017, 寿县蜀山 2018, 安徽巢湖经济开发区 2020), at 2.08 (f9e9e8a); scored once before study
REAL206 = EVAL / "real206"  # 6 more (park management and operations 2020-2024: 安徽巢湖經開區 2022, 新乡经开区 2023, 联东U谷 2020, 浙江海外高层次人才创新园 2023, 电气装备产业园区 2023, 龙湾永兴南园小微企业创业园), at 2.08 (f9e9e8a); scored once before study
REAL207 = EVAL / "real207"  # 6 more (广西 and 贵州 county zones 2021-2025: 容县经济开发区 2025, 三穗县开发区轻工产业园 2024, 镇宁产业园区 2021, 恭城开花山工业园区 2022, 广西北流经济技术开发区 2025, 炉碧经开区 2025), at 2.08 (219b783); scored once before study
REAL208 = EVAL / "real208"  # 7 more (福建 zones 2022-2025: 东侨开发区 2023, 古雷开发区 2022, 周宁县不锈钢深加工产业园 2024, 晋江经济开发区 2025, 厦门火炬高新区 2023, 闽侯经济技术开发区 2022, 福州罗源湾开发区 2025), at 2.08 (219b783); scored once before study
REAL209 = EVAL / "real209"  # 7 more (黑龙江 and 吉林 zones 2021-2025: 长春汽车经济技术开发区 2023, 长春汽车经济技术开发区 2025, 天顺新能源装备制造产业园 2023, 中车松原新能源产业基地 2022, 吉林经开区 2025, 通化医药高新区 2023, 绥芬河边境经济合作区 2022), at 2.08 (219b783); scored once before study
REAL210 = EVAL / "real210"  # 6 more (陕西, 甘肃 and 青海 zones 2011-2015: 下川口工业园区 2011, 天水经济技术开发区 2012, 兰州新区 2012, 兰州新区循环经济产业园 2014, 榆神工业区 2013, 西宁经济技术开发区 2015), at 2.08 (219b783); scored once before study
REAL211 = EVAL / "real211"  # 7 more (湖南 zones 2021-2025: 湖南海峡两岸产业合作区郴州产业园 2021, 郴州经济开发区 2022, 岳阳经开区 2022, 宁乡高新区 2021, 湘潭天易经开区 2025, 湘乡经开区 2025, 湘阴高新区 2022), at 2.08 (0bcaf50); scored once before study
REAL212 = EVAL / "real212"  # 7 more (江苏 county zones 2021-2026: 涟水经济开发区 2023, 宝应县经济开发区 2026, 江苏泗阳经济开发区 2021, 灌云经济开发区 2022, 海安高新区 2022, 金鹰(如皋)产业园 2022, 江苏射阳经济开发区 2024), at 2.08 (0bcaf50); scored once before study
REAL213 = EVAL / "real213"  # 6 more (新疆 and 云南 zones 2016-2020: 库尔勒上库高新技术产业开发区 2020, 阿拉尔经济技术开发区 2016, 霍尔果斯经济开发区新疆生产建设兵团分区 2019, 马龙工业园区 2019, 沾益产业园区 2020, 玉溪高新技术产业开发区 2019), at 2.08 (97ebdfe); scored once before study
REAL214 = EVAL / "real214"  # 8 more (trade-paper news on chemical, textile and new-materials parks 2017-2025: 彭州经开区 2025, 生物质新材料产业园 2021, 利通区毛纺织产业园 2018, 上海化学工业经济技术开发区 2021, 钦州港经济技术开发区石化产业园 2017, 中化连云港循环经济产业园 2019, 新材料产业园 2020, 徐圩新区 2017), at 2.08 (0bcaf50); scored once before study
REAL215 = EVAL / "real215"  # 9 more (广东 county and town parks 2021-2025: 广佛肇(怀集)经济合作区 2022, 蒲康电子轻工产业园 2025, 建滔(开平)新一代信息技术产业园 2025, 惠州博罗产业园区 2025, 美的机电 2021, 绀现南工业园 2021, 龙江新智产业园 2024, 北片高端产业集聚区 2025, 高性能船舶制造项目 2025), at 2.08 (835af63); scored once before study
REAL216 = EVAL / "real216"  # 8 more (重庆 zones 2011-2014: 鱼复工业园区 2011, 两江新区工业开发区 2014, 大足工业园区 2012, 空港工业园区 2012, 光电科技产业园 2012, 重庆·香港工业园 2013, 铜梁工业园区 2014, 江津工业园区 2014), at 2.08 (835af63); scored once before study
REAL217 = EVAL / "real217"  # 7 more (河南 city zones 2022-2025: 濮阳工业园区 2022, 濮阳经济技术开发区 2022, 睢县高新区 2023, 临港汽车零部件产业园 2023, 汽车零部件产业园 2023, 郑州经济技术开发区 2024, 内乡县先进制造业开发区 2025), at 2.08 (835af63); scored once before study
REAL218 = EVAL / "real218"  # 8 more (山东 inland city zones 2022-2025: 潍坊高新区 2022, 枣庄高新区 2022, 临沂高新区 2023, 聊城经济开发区 2023, 淄博高新区 2025, 德州天衢新区 2023, 济宁高新区 2024, 菏泽鲁西新区 2023), at 2.08 (835af63); scored once before study
REAL219 = EVAL / "real219"  # 6 more (江西 city and county zones 2021-2024: 井冈山经开区 2021, 广信区晶科24GW光伏组件一期项目 2023, 晶科新能源 2023, 萍乡经开区 2023, 全南工业园区 2023, 赣江新区 2024), at 2.09 (86432bc); scored once before study
REAL220 = EVAL / "real220"  # 8 more (广西 zones 2009-2015: 湖南(钦州)临港工业园区 2009, 企沙工业区 2010, 北海电子产业园 2010, 禄源工业园区 2015, 苏桥经济开发区 2015, 梧州进口再生资源加工园区 2015, 南宁富士康科技园 2015, 广西柳州汽车城 2012), at 2.09 (231d664); scored once before study
REAL221 = EVAL / "real221"  # 6 more (安徽 city zones 2022-2025: 安徽巢湖经济开发区 2022, 滁州经开区 2025, 合肥经开区 2025, 阜合现代产业园区 2022, 萧县经济开发区 2022, 滁州经开区 2023), at 2.09 (9aae9f5); scored once before study
REAL222 = EVAL / "real222"  # 6 more (government work reports and zone reviews 2015-2019: 东湖高新区 2018, 重庆双桥经济开发区 2019, 湘西经开区 2015, 东台经济开发区 2019, 金坛经济开发区 2018, 青川庄子产业园 2015), at 2.09 (9aae9f5); scored once before study
REAL223 = EVAL / "real223"  # 8 more (湖南 zones 2010-2015: 湘潭九华示范区 2012, 郴州出口加工区 2014, 郴州经济开发区 2015, 宁乡经开区 2015, 益阳高新技术产业开发区 2010, 望城经济技术开发区 2014, 醴陵陶瓷产业园 2010, 白沙洲工业园 2010), at 2.09 (0125458); scored once before study
REAL224 = EVAL / "real224"  # 9 more (贵州 and 云南 city zones 2022-2026: 贵阳高新区 2022, 贵阳经开区 2022, 安顺经济技术开发区 2023, 羊昌工业园 2024, 西秀区航空结构部件加工产业园 2026, 楚雄高新区 2023, 云南砚山产业园区 2025, 曲靖经济技术开发区 2022, 玉溪高新区 2026), at 2.09 (7c45dec); scored once before study
REAL225 = EVAL / "real225"  # 7 more (吉林 zones 2010-2015: 长春兴隆综合保税区 2010, 长春经开区 2012, 中国图们江区域(珲春)国际合作示范区 2013, 东昌医药工业产业园区 2013, 中新食品区 2014, 中國圖們江區域(琿春)國際合作示範區 2015, 长春高新区 2015), at 2.09 (0125458); scored once before study
REAL226 = EVAL / "real226"  # 7 more (Hong Kong and Macau press on Greater Bay Area zones 2021-2025, traditional script: 前海深港現代服務業合作區 2021, 橫琴粵澳深度合作區 2024, 橫琴粵澳深合區 2024, 橫琴深合區 2024, 南沙慶盛樞紐區塊 2024, 河套深港科技創新合作區香港園區 2025, 河套港深創科園香港園區 2025), at 2.09 (7f31a58); scored once before study
REAL227 = EVAL / "real227"  # 6 more (河北 and 山西 zones 2010-2015: 保定高新区 2010, 吕梁高新技术产业开发区 2012, 曹妃甸国家级经济技术开发区 2013, 石家庄高新区 2013, 石家庄高新区 2014, 电子商务产业园 2015), at 2.09 (7db9e4e); scored once before study
REAL228 = EVAL / "real228"  # 7 more (江苏 city zones 2021-2022: 镇江新区 2021, 中国医药城 2022, 无锡光电新材料科技园 2021, 徐州高新区 2021, 盐城经济技术开发区 2022, 泰州医药高新区 2021, 苏州工业园区 2022), at 2.09 (94b7b80); scored once before study
REAL229 = EVAL / "real229"  # 8 more (Pearl River Delta city zones 2016-2020: 阿波罗未来产业园 2016, 松山湖 2017, 增城开发区 2018, 仲恺高新区 2020, 珠海高新区 2020, 广州开发区 2020, 中南高科高明智汇城 2020, 翠亨新区 2020), at 2.09 (20c9a92); scored once before study
REAL230 = EVAL / "real230"  # 7 more (新疆 and 甘肃 zones 2021-2025: 可克达拉经济技术开发区 2024, 鄯善工业园区 2023, 乌鲁木齐经济技术开发区 2024, 酒泉经济技术开发区 2021, 兰州新区 2024, 张掖经开区 2025, 民勤红沙岗能源化工工业集中区 2025), at 2.09 (da2a41d); scored once before study
REAL231 = EVAL / "real231"  # 7 more (青海 zones and a 西藏-run zone 2016-2020: 藏青工业园区 2019, 海东河湟新区 2019, 海东工业园区临空综合经济园 2016, 海南州绿色产业发展园区 2020, 柴达木循环经济试验区 2016 and 2018, 都兰 2016), at 2.09 (f7655ba); scored once before study
REAL232 = EVAL / "real232"  # 7 more (宁夏 and 内蒙古 zones 2010-2015: 宁东能源化工基地 2010, 石嘴山 2010, 乌兰察布 2011, 西夏区 2013, 宁夏生态纺织产业示范园 贺兰园区 and 如意工业园 2014, 通辽经济技术开发区 2015), at 2.09 (f7655ba); scored once before study
REAL233 = EVAL / "real233"  # 6 more (福建 zones 2013-2017: 闽台蓝色经济产业园 2013 and 2014, 数字福建(长乐)产业园 2015, 泉州台商投资区 2015, 海沧 2016, 福州华侨基金 2017), at 2.09 (f7655ba); scored once before study
REAL234 = EVAL / "real234"  # 9 more (湖北 zones 2010-2015: 东湖开发区 2010, 襄樊经济技术开发区 2010, 武汉开发区 2010, 吴家山经济技术开发区 2012, 武汉经济技术开发区 2014, 东湖高新区 2014, 新滩新区 2014, 黄金山工业新区 2015, 湖北省长江经济带产业基金 2015), at 2.09 (f7655ba); scored once before study
REAL235 = EVAL / "real235"  # 7 more (海南 zones 2011-2014: 三亚创意新城 2011, 洋浦经济开发区 2012 (two), the province's 11 key parks 2013, 澄迈's parks 2013, 美安科技新城 2014, 儋州工业园区 2014), at 2.10 (74f8c44); scored once before study
REAL236 = EVAL / "real236"  # 9 more (Taiwan science parks and industrial zones 2018-2025, traditional script as published: 中科 二林園區 2018, 中興園區 2019, 中科 revenue 2019, 宜蘭科學園區 2020, 屏東 and 嘉義 science parks 2024, 古坑產業加值園區 2025, 中科台中園區擴建二期 2025, 南科台南園區 2025, 竹南科學園區 and 沙崙 2025), at 2.10 (feb6794); scored once before study
REAL237 = EVAL / "real237"  # 6 more (浙江 zones 2014-2017: 杭州高新区(滨江) 2014, 平阳县滨海新区 2015, 宁波杭州湾新区 2016 and 2017, 杭州经济技术开发区 2017, 嘉兴经开区 2017), at 2.10 (575c7f9); scored once before study
REAL238 = EVAL / "real238"  # 9 more (trade and local press on firms' plants in parks 2018-2024: 嘉兴经开区 2020, 徐州经开区 2019, 中化连云港循环经济产业园 2022, 上杭工业园区白砂新材料产业园 2023, 荆门高新区 2021, 株洲高新区 2024, 兰州高新区 2022, 重庆生物医药产业园 2018, 和林格尔新区 2022), at 2.10 (646e7c9); scored once before study
REAL239 = EVAL / "real239"  # 3 more (上海 and 江苏 zones 2011-2013: 张江高科技园区 2011, 扬州 邗江 北洲功能区 2011, 临港 2013), at 2.10 (ce3a264); scored once before study
REAL240 = EVAL / "real240"  # 6 more (四川 and 重庆 zones 2017-2020: 自贡 大安区 2017, 乐至县工业集中发展区 2017, 成都 金牛区 and 天府新区 2017 and 2018, 荣昌高新区 2019, 泸州 江阳区电子信息产业园 2020), at 2.11 (3e28aea); scored once before study
REAL241 = EVAL / "real241"  # 7 more (山东 zones and projects 2009-2023: 临沂经济开发区 2009, 烟台 blue-economy zones 2013, 济宁's manufacturing projects 2013, 烟台 开发区 and 东海航空产业园 2014, 淄博高新区 2020, 济南新材料产业园 2021, 济南高新区 2023), at 2.11 (3e28aea); scored once before study
REAL242 = EVAL / "real242"  # 6 more (河北 zones 2016-2020: 香河 机器人产业港 2016, 石家庄经开区 2017, 唐山 路北区 2018, 石家庄高新区 2018, 张家口经开区 2018, 邯郸经开区 2020), at 2.11 (3e28aea); scored once before study
REAL243 = EVAL / "real243"  # 7 more (陕西 and 甘肃 zones 2016-2019: 汉中经济开发区 2016, 西安高新区 2017, 西咸新区 2017, 渭南 2017, 高陵区 创新产业园 2018, 兰州新区 2018, 渭南 2019), at 2.11 (3e28aea); scored once before study
REAL244 = EVAL / "real244"  # 2 more (黑龙江 and 辽宁 zones 2011-2012: 宾西开发区 2011, 旅顺经济开发区 2012), at 2.11 (eca8408); scored once before study
REAL245 = EVAL / "real245"  # 7 more (广东 zones 2020-2023 outside 深圳 and 广州: 佛山 三水 2021, 东莞松山湖 2020, 江门高新区 2022, 惠阳 2021, 大埔 2021, 中山火炬开发区 2022, 佛山 高明 2023), at 2.11 (14c4487); scored once before study
REAL246 = EVAL / "real246"  # 6 more (安徽 and 江西 zones 2016-2020, two items in traditional script as published: 苏滁高新区 2020, 赣州经开区 2016 and 2017, 阜阳合肥现代产业园区 2020, 合肥經開區 2020, 安巢經開區 2019), at 2.11 (eca8408); scored once before study
REAL247 = EVAL / "real247"  # 7 more (贵州 and 云南 zones 2019-2024: 曲靖经开区 2019 and 2022, 西秀区产业园区 and 安顺经开区 2020, 滇中新区 2021, 贵安新区 2023 and 2024, 贵阳 三马产业园 2023), at 2.11 (eca8408); scored once before study
REAL248 = EVAL / "real248"  # 4 more (黑龙江 and 吉林 zones 2017-2020: 哈尔滨新区 2019, 辽源经济开发区 2017, 大庆高新区 2017, 哈尔滨 双城区 2020), at 2.11 (8b7be3d); scored once before study
REAL249 = EVAL / "real249"  # 6 more (江苏 and 浙江 county zones 2021-2024: 江山经济开发区 2024, 响水县 2024, 沭阳经开区 2024, 兰溪经济开发区 2021, 遂昌经济开发区 2022, 沭阳县 2022), at 2.11 (8b7be3d); scored once before study
REAL250 = EVAL / "real250"  # 8 more (湖南 and 湖北 zones 2017-2020: 长沙经开区 2019 and 2017, 荆州开发区 2018, 东湖高新区's fund 2017, 黄石新港园区 2019, 常德经开区 2020, 攸县高新区 2019, 孝感临空经济区 2018), at 2.11 (8b7be3d); scored once before study
REAL251 = EVAL / "real251"  # 6 more (新疆, 内蒙古 and 宁夏 zones 2016-2021: 宁东能源化工基地 2016, 库尔勒开发区 2017, 鄂尔多斯 大路煤化工基地 2018, 吴忠奶产业园 2019, 阿拉善高新区 2021, 金山高新区 2016), at 2.11 (8b7be3d); scored once before study
REAL252 = EVAL / "real252"  # 7 more (山西 and 河南 zones 2021-2023: 黎城经开区 2023, 晋中开发区 2022, 太忻一体化经济区 2023, 洛阳 伊滨区 2021, 南阳 官庄工区 2022, 长葛 黄河工业园区 2022, 焦作经开区 2023), at 2.12 (6335a89); scored once before study
REAL253 = EVAL / "real253"  # 6 more (福建 and 江西 county projects 2018-2020: 黎川县 2018, 弋阳县 2019, 吉安 2018, 兴国县 2020, 福建's province-wide starts 2018 and 2020), at 2.12 (6335a89); scored once before study
REAL255 = EVAL / "real255"  # 7 more (辽宁 zones 2018-2022, one item in traditional script as published: 辽东湾新区 2019 and 2020, 鞍山经济开发区 2022, 沈阳 浑南区 2022, 锦州 2018, 金普新区 2018, 沈阳 辽中区 2020), at 2.12 (6335a89); scored once before study
REAL256 = EVAL / "real256"  # 7 more (四川 and 重庆 zones 2021-2024: 德阳 罗江经开区 2023, 綦江 赶水镇 2022, 绵阳经开区 2022, 南充 嘉陵新能源汽车特色小镇 2021, 长寿 2024, 江津 2021, 内江 2022), at 2.12 (53c1810); scored once before study
REAL257 = EVAL / "real257"  # 7 more (安徽 and 湖南 zones 2022-2024: 西渡高新区 2023, 天长 2022, 湘潭经开区 2023, 新邵经开区 2024, 雨花经开区 2023, 徽州区城北工业园区 2022, 枞阳经开区 2023), at 2.12 (53c1810); scored once before study
REAL258 = EVAL / "real258"  # 4 more (山东 and 河北 county and provincial zones 2021-2023: 鲁北高新区 2023, 郓城 圆通菏泽智创园 2023, 衡水高新区 2021, 邢台's provincial zones 2023), at 2.12 (53c1810); scored once before study
REAL259 = EVAL / "real259"  # 6 more (海南 and 广东 parks 2021-2023: Hainan FTP key parks 2022 and 2023 (three items), 儋州 2023, 湛江产业园 2021, 揭阳大南海石化工业区 2022), at 2.12 (53c1810); scored once before study
REAL260 = EVAL / "real260"  # 2 more (广西 and 云南 zones 2022-2023: 广西—东盟经济技术开发区 2022, 晋宁工业园区 2023), at 2.13 (70ddb28); scored once before study
REAL261 = EVAL / "real261"  # 6 more (陕西, 甘肃 and 宁夏 zones 2021-2023: 渭南高新区 2023, 安康高新区 2021, 咸阳高新区 2022, 张掖 2021, 兰州新区 2023, 中卫 2022), at 2.13 (70ddb28); scored once before study
REAL262 = EVAL / "real262"  # 6 more (河南 and 湖北 zones 2022-2024, one item in traditional script as published: 信阳 明港产业集聚区 2022, 鲁山县 2022, 雲夢縣鹽化工產業園 2023, 枣阳 2023, 郧阳区 2024, 黄冈 武穴 2023), at 2.13 (70ddb28); scored once before study
REAL263 = EVAL / "real263"  # 8 more (京津冀 co-built and relocation parks 2019-2024: 天津滨海新区 and 滨海—中关村科技园 2019 (two items), 曹妃甸 2021 and 2022, 北辰区 2022, 通州 and 北三县 2024, 京津冀·沧州生物医药产业园 2024, 北京经开区 2024), at 2.13 (70ddb28); scored once before study
REAL264 = EVAL / "real264"  # 7 more (江苏 and 浙江 county and town parks 2019-2023: 泰兴经济开发区 2020, 临海 大田街道 2022, 常山经济开发区 2020, 东海高新区 2020, 义乌 2019, 宿迁 2023, 靖江经济技术开发区 2023), at 2.13 (8b85053); scored once before study
REAL265 = EVAL / "real265"  # 7 more (东北 and 内蒙古 parks 2021-2024, one item in traditional script as published: 营口辽河经济开发区 2022, 沈阳经济技术开发区 2024, 長興島經濟技術開發區 2023, 珲春 2021, 大连太平湾合作创新区 2023, 科右中旗 2023, 辽吉 zones 2023), at 2.13 (8b85053); scored once before study
REAL266 = EVAL / "real266"  # 6 more (park funds, developers and REITs 2019-2024: 沙潭江生态科技产业园's bond 2019, 平阴经济开发区's fund 2023, 中金联东科创REIT 2024, 中金重庆两江REIT 2024, 鄂尔多斯 special bonds 2024, 河源 紫城工业园 2024), at 2.13 (8b85053); scored once before study
REAL267 = EVAL / "real267"  # 7 more (福建, 江西 and 广东 zones 2021-2024: 厦门火炬高新区 2021, 泉惠石化工业园区 2024, 南昌经开区 2023, 南昌高新区 2023, 中山翠亨新区 2023, 江门 2022, 佛山临空经济区智造产业园 2023), at 2.13 (8b85053); scored once before study
REAL268 = EVAL / "real268"  # 8 more (广东's industrial transfer parks 2015-2019: 茂名 2016, 兴宁 2016, 梅州 2017, 化州 2015, the province's 2015 ratings, 阳西 2018, 潮州港 2019, 清远 2016)
REAL269 = EVAL / "real269"  # 6 more (湖北 and 湖南 county zones 2019-2021: 崇阳 2021, 随县 2019, 衡东 2019, 岳阳县 2021, 祁东 2020, 石门 2021)
REAL270 = EVAL / "real270"  # 6 more (firms' plants in named zones and places 2022-2024 as the financial press tells them: 上海金山 2023, 周口 2023, 杭州湾上虞经开区 2024, 郑东新区 2024, 宁德 2022, a national round-up 2024)
REAL271 = EVAL / "real271"  # 5 more (河北, 天津 and 山西 zones 2019-2022: 河北's 高新区 2022, 衡水 2020, 天津滨海新区 2020, 天津's zones evaluated 2023, 运城 2022)
REAL272 = EVAL / "real272"  # 7 more (广西 parks and zones 2017-2020: 江州区 2017, 玉林 2018, 贵港 2019, 鹿寨 2019, 玉林龙潭 2020, 北海 2020, 桂平 2020)
REAL273 = EVAL / "real273"  # 8 more (苏北 zones 2021-2024: 淮安经开区 2022 and 2024, 徐州高新区 2024, 连云港高新区 2024, 泗阳 2021, 苏宿工业园区 2023, 大丰 2022, 东台 2023)
REAL274 = EVAL / "real274"  # 7 more (上海 and 浙江 zones' figures 2019-2022: 海宁 2019, 上海化工区 2020, 嵊州 2020, 临港新片区 2021, 萧山经开区 2022, 杭州经开区 2022, 松江经开区 2022)
REAL275 = EVAL / "real275"  # 6 more (四川 and 云南 zones 2014-2019: 晋宁 2017, 峨眉山 2014, 雅安经开区 2019, 江阳区 2017, 宜良 2016, 雅安 2016)
REAL276 = EVAL / "real276"  # 6 more (河南 zones 2015-2019: 南阳 卧龙区 2016, 西峡县产业集聚区 2016 and 2015, 罗山县产业集聚区 2019, 郑州航空港经济综合实验区 2017, 新郑 2016)
REAL277 = EVAL / "real277"  # 5 more (山东 zones 2015-2019: 齐河 2017, 泰山区 2017, 荣成经济开发区 2017, 德州 2018, 烟台经济技术开发区)
REAL278 = EVAL / "real278"  # 7 more (park developers and operators 2016-2022: 亿达科技新城 2016, 啟迪東盟科技城 2017 (traditional script as published), 华夏幸福 萧山产业新城 2018, 泾阳产业新城 2019, 中南高科 肇庆 2019, 启迪 武汉 2020, 中堂天安数码城 2022)
REAL279 = EVAL / "real279"  # 3 more (山西 zones 2017-2019: 屯留县煤化工工业园区 2017, 大同经济技术开发区 2018, 泽州 and 万荣 clusters 2019)
REAL280 = EVAL / "real280"  # 8 more (浙江 宁波, 舟山, 台州 and 温州 zones and parks 2016-2021: 杭州湾新区 2021, 舟山 海洋产业集聚区 2016, 玉环 2017, 奉化经济开发区 2020, 岱山 新材料产业园 2021, 宁海 and 乐清 小微园 2018-2020, 宁波石化开发区 2020)
REAL281 = EVAL / "real281"  # 6 more (关中 and 天水 zones 2014-2018: 渭北工业区 2014, 宝鸡 2016 and 2018 (two), 渭南经开区 2018, 天水经济技术开发区 2017, 宝鸡高新区 2018)
REAL282 = EVAL / "real282"  # 5 more (福建 厦门, 泉州, 漳州 and 莆田 zones and parks in 2019: 后溪工业组团, 仙港工业园开发区, 厦门火炬(翔安)产业区, 泉州's 投洽会 signings, 龙海 南太武南溪湾)
REAL283 = EVAL / "real283"  # 6 more (北京 and 天津 district parks 2014-2020: 北京高端制造(业)基地 2014 and 2019, 亦庄新城 2020, 北京经济技术开发区 2019, 宝坻 九园工业园区 2017, 顺义 2016)
REAL284 = EVAL / "real284"  # 6 more (listed firms' and business-press projects in named zones 2013-2019: 长沙高新区 2018, 马鞍山中山产业园 2016, 珠海富山工业园 2018, 临港新片区 2019, 青岛 2019, 鸠江经济开发区 2013)
REAL285 = EVAL / "real285"  # 8 more (江苏 常州, 无锡, 泰州 and 南通 zones 2016-2019: 常州高新区 2019, 泰州医药高新区 2019, 南通高新区 2018, 宜兴 2018, 戴南镇 2019, 无锡 2018, 西太湖科技产业园 2018, 天宁区 2016)
REAL286 = EVAL / "real286"  # 2 more (广东 东莞 and 肇庆 2013-2014: 粤海产业园 2014, 四会 2013)
REAL287 = EVAL / "real287"  # 7 more (四川 zones outside 成都 2016-2019: 泸州白酒产业园区 2016, 遂宁经开区 2017, 自贡航空产业园区 2017, 遂宁 安居区 2017, 宜宾临港经济开发区 2018, 长宁 2019, 西充经济开发区 2019)
REAL288 = EVAL / "real288"  # 5 more (山东 coastal and northern zones 2011-2017: 日照国际海洋城 2013, 滨州经济开发区 2013, 莒县 2013, 滨州 2011 (traditional script as published), 威海 临港区 2017)
REAL289 = EVAL / "real289"  # 6 more (江西 zones 2015-2018: 抚州高新区 2017 and 2018, 上饶经开区 2018, 赣州经开区 2017, 抚州 2015, 上饶县 2018)
REAL290 = EVAL / "real290"  # 6 more (Taiwan, Hong Kong and Macau press in traditional script 2013-2019: 加工出口區台中園區 2015, 中科后里園區 2017, 泰山 and 彰濱工業區 2019, 淮安 2016, 加工出口區 2013, 粵澳合作中醫藥科技產業園 2016)
REAL291 = EVAL / "real291"  # 6 more (贵州 zones 2014-2018: 普定工业园区 2014, 盘北经济开发区 2015, 毕节 2015, 贵安新区 2016, 都匀经济开发区 2016, 双龙航空港经济区 2018)
REAL292 = EVAL / "real292"  # 6 more (重庆 district and county parks 2015-2019: 荣昌工业园区 2015, 万州经开区 2015, 璧山国家高新技术产业区 2016, 西永微电子产业园区 2017, 江津工业园 2017, 荣昌区 2019)
REAL293 = EVAL / "real293"  # 6 more (新疆 and 青海 zones 2012-2019: 麦盖提县城西工业园区 2013, 德令哈工业园 2012, 尉犁县工业园区 2013, 乌苏化工园区 2019, 轮台工业园区 2013, 中泰化学阜康工业园 2013)
REAL294 = EVAL / "real294"  # 7 more (海南 parks and zones 2017-2022: 海口国家高新区 2017, 博鳌乐城先行区 2017 and 2019, 三亚中央商务区 2021, 洋浦经济开发区 2021 and 2022)
REAL295 = EVAL / "real295"  # 3 more (黑龙江 zones 2015-2018: 哈尔滨综合保税区 2016, 齐齐哈尔市绿色食品特色产业园 2015, 哈尔滨新区 2018)
REAL296 = EVAL / "real296"  # 8 more (湖南 city-level zones 2015-2018: 白沙洲工业园 2015, 长沙高新区 2016, 湘潭经开区 2016 and 2018, 城陵矶新港区 2017, 常德高新区 2018, 常德经开区 2018, 长沙黄花综合保税区 2018)
REAL297 = EVAL / "real297"  # 7 more (agricultural parks 2017-2022: 平湖农开区 2021, 天门 2017, 合川 龙市镇农产品加工园 2022, 鹤壁 and 濮阳 2017, 斗门区预制菜产业园 2022, 金昌 2020, 石家庄 2022)
REAL298 = EVAL / "real298"  # 8 more (logistics parks and bonded zones 2014-2020: 舟山港综合保税区 2014, 青山湖科技城 2014, 海口综合保税区 2015, 五师 荆楚工业园区 2015, 龙里 2016, 漳龙物流园区 2016, 江阴福州保税港区 2017, 成都高新综合保税区 2020)
REAL299 = EVAL / "real299"  # 6 more (安徽 zones outside 合肥 2015-2020: 滁州经开区 2015, 安庆 2018, 蚌山区 2019, 太和 肖口绿色新能源产业园 2019, 淮北高新区 2019, 安庆经济技术开发区 2020)
REAL300 = EVAL / "real300"  # 6 more (珠海, 中山 and 江门 zones 2015-2019: 富山工业园 2017 and 2019, 横琴新区 2015 and 2019, 中山民众产业新城 2018, 蓬江区 2018)
REAL301 = EVAL / "real301"  # 6 more (福建 zones 2014-2018: 东侨工业园区 2017, 马尾 高新园区 2018, 邵武金塘工业园区 2018, 福州新区 2016 and 2014, 海西三明生态工贸区 2017)
REAL302 = EVAL / "real302"  # 6 more (border and cross-border economic cooperation zones 2013-2020: 二连浩特 2016, 临沧边境经济合作区 2014, 绥芬河 跃进高科技园区 2013, 东兴 2016 (two), 绥芬河 2020)
REAL303 = EVAL / "real303"  # 6 more (河北 zones 2014-2018: 邯郸经济技术开发区 2014, 保定高新区 2015, 中国汽车零部件(保定)产业基地 2014, 保定大王店工业园 2014, 唐山海港经济开发区 2014, 霸州市汽车产业园 2018)
REAL304 = EVAL / "real304"  # 6 more (江苏 parks and county-level project reviews 2012-2016: 南京软件园 2012, 中国(南京)软件谷 2012, 昆山 2013 and 2016, 江宁开发区 2016, 海门经济技术开发区 2015)
REAL305 = EVAL / "real305"  # 6 more (湖北 city zones outside 东湖 2016-2018: 大冶 汉龙新能源汽车配套产业园 2016, 大柴湖经济开发区 2017, 荆门高新区·掇刀区 2018, 宜昌高新区 2017, 东宝区 2017, 襄阳 and 宜昌高新区 2017)
REAL306 = EVAL / "real306"  # 6 more (陕西 西安 zones 2015-2019: 空港新城 2015, 沣东新城 2016, 西安 2016, 西安高新区 2016 or 2017, 西咸新区 2017, 泾河新城 2019)
REAL307 = EVAL / "real307"  # 8 more (青岛 parks and zones 2020-2023: 胶州 2020 (two), 莱西经济开发区 2020, 平度 2021 (two), 青岛西海岸新区 2021, 董家口经济区 2022, 即墨 2023)
REAL308 = EVAL / "real308"  # 7 more (project notices and approvals in parks 2017-2023: 沭阳 2017, 津市高新区 2019, 银川经济技术开发区 2020, 铜陵 市经开区 2021, 东海岛石化产业园区 2021, 西渡高新区 2022, 广安经开区 2023)
REAL309 = EVAL / "real309"  # 6 more (zones' year-end reviews and work meetings 2015-2018: 长春高新区 2017 and 2018, 新余高新区 2015, 益阳长春经开区 2015, a 经开区 in 西安 2017, 聊城高新区 2017)
REAL310 = EVAL / "real310"  # 4 more (listed firms' plants in named parks 2017-2022: 四川彭山经济开发区 2017, 振华新天工业园 2022, 昆明高新区 2022, 池州 2022)
REAL311 = EVAL / "real311"  # 5 more (广东 广州 and 佛山 district parks 2010-2014: 佛山三水园 2010, 南沙 2011 and 2014 (traditional script as published), 南海 2014, 增城经济技术开发区 2010)
REAL312 = EVAL / "real312"  # 5 more (山东 济南, 潍坊, 临沂 and 济宁 zones 2012-2017: 潍坊高新区 2012, 济宁 2016 and 2017, 临沂经济技术开发区 2014, 济北智造小镇 2017)
REAL313 = EVAL / "real313"  # 6 more (science parks, incubators and maker spaces 2014-2021: 常州留学人员创业园 2014, 众创空间 2015, 华中师大科技园 2016, 郑州 2017, 厦门 龙山文创 2018, 上海交通大学国家大学科技园 2021)
REAL314 = EVAL / "real314"  # 6 more (辽宁 coastal and city zones 2008-2012: 锦州龙栖湾新区 2010, 庄河 2012, 铁西装备制造业聚集区 2010, 营口 2010, 辽宁沿海经济带 2009, 五点一线 2008)
REAL315 = EVAL / "real315"  # 6 more (浙江 small-firms parks and county parks 2018-2021: 台州 2019, 兰溪市新兴产业园 2018, 长兴县经济技术开发区 2020, 龙泉 2018, 安吉 2021, 龙游 2021)
REAL316 = EVAL / "real316"  # 8 more (battery, semiconductor and new-energy parks 2020-2023: 泉州半导体高新区 2020, 乐山高新区 2023, 长宁县经开区 2023, 湖南湘江新区 2023, 南太湖新区 2023, 威海南海新区 2020, 赣榆经济开发区 2023, 惠山 2023)
REAL317 = EVAL / "real317"  # 7 more (cultural, creative and e-commerce parks 2017-2021: 北京 2017 and 2020, 济宁高新区 2017, 衡阳 2018, 厦门 2021, 南京建邺高新区 2020, 赵庄镇 2021)
REAL318 = EVAL / "real318"  # 9 more (overseas economic and trade cooperation zones 2014-2021: 泰中罗勇工业园 2021, 中埃苏伊士经贸合作区 2014 and 2021, 万象赛色塔综合开发区 2018, 德龙工业园区 2021, 鹏盛工业园区 2016, 中白工业园 2015, 东方工业园 2018, 西哈努克港经济特区 2021)
REAL319 = EVAL / "real319"  # 7 more (zone rankings and evaluations 2017-2022: 南昌经开区 2017, 广州开发区 2018, 江苏 2019, 湖北 2019, 江西 2021, 厦门火炬高新区 2021, 浙江 2023)
REAL320 = EVAL / "real320"  # 1 more (one zone's monthly figures: 永康 经济开发区 January-May 2017)
REAL321 = EVAL / "real321"  # 6 more (甘肃 and 宁夏 zones 2020-2023: 金昌经济技术开发区 2020 and 2023 (two), 海兴开发区 2021, 山丹 2022, 张家川 2023)
REAL322 = EVAL / "real322"  # 4 more (features on one zone 2017-2022: 漳州开发区 2017, 海州工业园 2019, a 周口 开发区 2020, 益阳高新区 2022)
REAL323 = EVAL / "real323"  # 8 more (江苏 苏南 zones 2021-2023: 江阴高新区 2021, 江阴临港开发区 2021, 宜兴 2022 and 2023, 常熟高新区 2023, 常熟经济技术开发区 2021, 昆山开发区 2023, 金坛经开区 2021)
REAL324 = EVAL / "real324"  # 6 more (山西 zones 2019-2023: 山西综改示范区 2023, 太原 2020, 山西 2023, 晋中 农高区 2020, 晋中 2019, 永济 2020)
REAL325 = EVAL / "real325"  # 6 more (江西 南昌 zones 2020-2023: 小蓝经开区 2021 and 2023, 南昌高新区 2020, 南昌经开区 2023, 赣江新区 2022 and 2023)
REAL326 = EVAL / "real326"  # 6 more (青海 and 新疆 zones 2016-2023: 南川工业园区 2016, 西宁经开区 2017 and 2018, 昌吉 2020, 石河子经开区 2021, 乌鲁木齐 2023)
REAL327 = EVAL / "real327"  # 6 more (河北 zones 2020-2023: 廊坊临空经济区 2022 and 2023, 石家庄高新区 2020, 沧州 港城产业园区 2023, 渤海新区 2022, 沧州 2021)
REAL328 = EVAL / "real328"  # 6 more (湖南 zones outside 长沙 2019-2023: 临湘高新区 2023, 桃源高新区 2022, 邵阳县高新区 2022, 郴州经开区 2022, 衡阳县 2020, 郴州 2019)
REAL329 = EVAL / "real329"  # 6 more (贵州 zones 2020-2022: 贵阳经开区 and 贵安新区 2021, 毕节高新区 2021, 六盘水 2022, 乌当 2022, 盘北经济开发区 2022, 修文 2020)
REAL330 = EVAL / "real330"  # 5 more (黑龙江 zones 2020-2022: 哈经开区 2021 (traditional script as published), 大庆 2020 and 2022, 依安 2022 (traditional script as published), 哈尔滨新区 2021)
REAL331 = EVAL / "real331"  # 6 more (云南 zones 2020-2021: 蒙自经开区 2021, 滇中新区 2020, 晋宁工业园区 2020, 曲靖 2020, 楚雄 2021, 易门 2020)
REAL332 = EVAL / "real332"  # 6 more (广东 粤东 zones and parks 2020-2023: 澄海 2020, 潮南 2020 (two), 揭阳大南海石化工业园区 2023, 深汕比亚迪汽车工业园 2023, 海丰生态科技城 2020)
REAL333 = EVAL / "real333"  # 6 more (广西 北部湾 2019-2023: 钦州港片区 2022 (two), 防城港 2023 (two), 铁山港区 2022, 北海工业园区 2019)
REAL334 = EVAL / "real334"  # 6 more (江苏 苏中 zones 2020-2023: 扬州 2020, 海门经济技术开发区 2020, 启东 2020 and 2023, 通州 2023, 泰兴经济开发区 2023)
REAL335 = EVAL / "real335"  # 6 more (浙江 嘉兴 and 绍兴 zones 2020-2023: 海宁 长安镇(高新区) 2020, 柯桥 2020, 独山港经济开发区 2023, 平湖经济技术开发区 2023, 海宁经济开发区 2023, 上虞 2022)
REAL336 = EVAL / "real336"  # 6 more (安徽 皖北 zones 2019-2023: 淮北 2019, 阜阳 2020, 淮南 2022, 濉溪经济开发区 2020, 涡阳 2019, 怀远 2023)
REAL337 = EVAL / "real337"  # 9 more (四川 川南 and 川东北 zones 2019-2023: 泸县经开区 2019, 江安经开区 2022, 宜宾高新区 2022, 南充高新区 2021, 南充经开区 2020, 李渡工业园区 2019, 达州高新区 2020, 岳池 2020, 广安经开区 2023)
REAL338 = EVAL / "real338"  # 6 more (重庆 主城 zones 2020-2023: 重庆两江半导体产业园 2020, 西部(重庆)科学城 2021 (two) and 2023, 两江新区 2021, 空港工业园 2023)
REAL339 = EVAL / "real339"  # 6 more (山东 烟台, 威海 and 日照 zones 2018-2023: 烟台开发区 2021, 威海高新区 2019, 日照海右化工产业园 2021, 威海 2022 and 2023, 烟台经济技术开发区 2018)
REAL340 = EVAL / "real340"  # 6 more (county / city government work reports (政府工作报告, 2016–2023), cut to their park paragraphs: 黄梅县 (湖北, two named industrial parks with built-up area and firms …)
REAL341 = EVAL / "real341"  # 6 more (statistics releases with park figures: 贵阳's nine development zones after three quarters (贵州, 2014), 青岛's 52 industrial clusters (山东, 青岛早报 2013) …)
REAL342 = EVAL / "real342"  # 6 more (山东 济南 / 淄博 / 滨州 / 东营 / 泰安 zones: 济南新旧动能转换起步区's anniversary groundbreaking and signing (2023) …)
REAL343 = EVAL / "real343"  # 8 more (内蒙古 parks and zones: 赤峰红山经济开发区's “一区五园” with 2013 output / tax / firm counts (工业园网 2014), 通辽经济技术开发区's 2013 output goals and named firms …)
REAL344 = EVAL / "real344"  # 8 more (new-energy and data parks outside 山东: hydrogen parks (迁安市氢能产业园 groundbreaking 2022, 井冈山经开区's 东方电气 hydrogen projects recorded 2024) …)
REAL345 = EVAL / "real345"  # 7 more (port-side and logistics zones: 周口港区's warehousing and yard logistics park started (河南, 2022), 海港经济开发区's coal berths and grain-oil base in 京唐港区 (河北, 2013) …)
REAL346 = EVAL / "real346"  # 7 more (county-level agricultural, food and TCM industrial parks (2014–2024): 安国现代中药工业园区's 28 projects started (河北, 2014) …)
REAL347 = EVAL / "real347"  # 8 more (天津 zones 2009–2024: the national animation park breaking ground in 中新天津生态城 (中新社 2009), the first three projects starting in 南港工业区 with its 2020 targets (2009) …)
REAL348 = EVAL / "real348"  # 8 more (enclave and paired-aid parks: 阿克苏浙江产业园 (浙江援疆, 新疆, 2013), 广州(梅州)产业转移工业园 with the 广州(梅州)帮扶基金 (广东, 2014), 广州花都(清新)汽配产业园 (广东, 2015) …)
REAL349 = EVAL / "real349"  # 7 more (湖北 zones outside 武汉: 襄阳高新区's new auto-parts park and its sub-parks (2013), 远安工业园区's sub-zones and settled firms (宜昌, 2013) …)
REAL350 = EVAL / "real350"  # 8 more (河南 industrial cluster zones (产业集聚区) outside 郑州, 2011–2021: 伊川县产业集聚区's profile with area, firms, revenue, tax and a 42亿元 aluminium-foil project (洛阳, 2011) …)
REAL351 = EVAL / "real351"  # 7 more (福建 zones outside 福州 and 厦门 (泉州 ×4, 漳州, 三明, 宁德), 2011–2023: 泉州(南安)光电信息产业基地's fair signings and base figures (2011), 金沙园's 金煌能源 project and 沙县's key projects (三明 …)
REAL352 = EVAL / "real352"  # 7 more (吉林 province zones 2014–2024: 长春北湖科技园 opens in the high-tech zone's northern core (长春日报 2014), 通化医药高新区's five-year figures (2020) …)
REAL353 = EVAL / "real353"  # 6 more (park leaders interviewed or speaking (专访 / 访谈 / Q&A / leader's remarks), 2012–2022: 崇阳县经济开发区's director interviewed with 2014 figures (湖北, 咸宁日报 2015) …)
REAL354 = EVAL / "real354"  # 6 more (local TV / radio / 融媒体 news items about parks: 江苏城市频道 on 钟楼经济开发区's groundbreaking (江苏, 2021), a 吕梁台 script with 【现场出像】/【同期】 on 吕梁经济技术开发区 and 山西晋西北建筑产业园 (山西 …)
REAL355 = EVAL / "real355"  # 9 more (陕西 zones outside 西安, 2016–2024: 汉中航空智慧新城 passing 10 billion yuan with a zone fund and projects (2017), 榆佳经开区's 佳县—扬州产业园 factory project (榆林, 2020) …)
REAL356 = EVAL / "real356"  # 8 more (苏北 zones 2010–2023: 柘汪临港产业区's first year above 10 billion (连云港 赣榆, 2011), a 大丰 groundbreaking with a stainless-steel project in 大丰港经济区 (盐城, 2010) …)
REAL357 = EVAL / "real357"  # 7 more (浙江 金华 / 丽水 / 衢州 / 台州 zones, 2012–2024: 金华经济技术开发区's first half of 2012 (a firm's phase-2 project under construction, output and capital figures …)
REAL358 = EVAL / "real358"  # 8 more (皖南 / 皖江 zones in 安徽 (铜陵, 黄山, 滁州, 宣城 ×2, 池州, 芜湖, 马鞍山), 2010–2019: 铜陵经济技术开发区's six firms' projects started (2011) …)
REAL359 = EVAL / "real359"  # 7 more (Hainan free-trade-port parks 2020–2023: 洋浦经济开发区's year-end collective start / commissioning (2023), 海口江东新区's Jan–May figures (2022) …)
REAL360 = EVAL / "real360"  # 7 more (辽宁 zones 2018–2023: a green-API park's collective signing in 本溪 (2023), 辽宁激光产业园 in 鞍山高新区 ten years on (2022), 盘锦高新区's 80 construction projects (2020) …)
REAL361 = EVAL / "real361"  # 8 more (广西 zones outside 北部湾 (玉柴工业园 玉林 2016, 百色新山铝产业示范园区 2012, 梧州再生资源加工园区 / 粤桂合作特别试验区 2019, 贺州华润循环经济产业示范区 2022, 罗城 牛毕港工业园 河池 2022, 来宾 中沛电子信息产业园 / 河南工业园区 2021 …)
REAL362 = EVAL / "real362"  # 9 more (park profile pages and introductions (园区概况 / 简介): 利辛工业园 (安徽, 2012), 楊林工業園區 (云南, 香港文匯報 2013, traditional), 大连经济技术开发区 (辽宁, figures to 1996), 山西交城经济开发区 …)
REAL363 = EVAL / "real363"  # 6 more (company news about their own plants or projects in parks: 合盛's circular-economy park in 石河子开发区 marks three years and starts a 20万吨 organosilicon project (新疆 …)
REAL364 = EVAL / "real364"  # 6 more (江西 zones outside 南昌, 2013–2022: 鹰潭(余江)眼镜产业园's land quota and two listed projects (鹰潭, 2013), 赣州高新技术产业开发区's clusters and a cable maker (赣州 赣县, 2015) …)
REAL365 = EVAL / "real365"  # 8 more (湖南 长沙 / 株洲 / 湘潭 zones 2015–2024: 高新区 (长沙, six projects started, 2016), 望城经开区 (38 projects signed, 2020), 浏阳经开区 / 浏阳高新区 (eight projects started, 2019) …)
REAL366 = EVAL / "real366"  # 8 more (四川 zones outside 成都's core and 川西 / 川中 cities: a 5亿元 plant breaking ground in 天府新区新津分区 with the 新津 materials zone's figures (2012) …)
REAL367 = EVAL / "real367"  # 6 more (quarter and year-start project meetings held in or about parks: 平利县's first-quarter groundbreaking meeting in its 县工业集中区 (陕西, 2022) …)
REAL368 = EVAL / "real368"  # 8 more (广东 珠三角 zones outside 广州 / 深圳 with projects, amounts, stages and park figures: 惠州大亚湾经济技术开发区's petrochemical and emerging-industry parks (2021) …)
REAL369 = EVAL / "real369"  # 8 more (foreign-invested projects and parks: 中德(沈阳)高端装备制造产业园's Munich signing (辽宁, 2023), 中韩(资阳)产业园 with a Hyundai base (四川, 2014) …)
REAL370 = EVAL / "real370"  # 9 more (biomedicine, medical-device and health parks outside 北京 / 上海 (2015–2024): drug-maker projects in 大同开发区 (山西 2015), 修正药业's science park in 通化's 医药高新区 (吉林 2017) …)
REAL371 = EVAL / "real371"  # 6 more (western county parks (贵州, 广西, 云南; 2016–2024): 湄潭县工业园区's Jan–May figures (贵州, page dated 2016), 鹿寨县's joint groundbreaking in 鹿寨经济开发区 and a forestry park (广西 …)
REAL372 = EVAL / "real372"  # 7 more (重庆 zones outside the 主城 districts: 璧山工业园区's half-year output by industry (2013), 江津's 双福 / 德感 / 珞璜 工业园 key projects under way (2018) …)
REAL373 = EVAL / "real373"  # 8 more (武汉 zones 2013–2024: 临空港经开区's 15 projects started with a firm's food park and its named firms (2016) and its investment-promotion targets with planned parks (201 …)
REAL374 = EVAL / "real374"  # 8 more (河北 zones 2009–2019: 曹妃甸新区's 2009 investment plan with named projects (晨报), 石药集团's entry agreement with 石家庄高新区 (2010) …)
REAL375 = EVAL / "real375"  # 6 more (黑龙江 zones 2008–2018: a pharma base started in 利民经济技术开发区 (2009), 鸡东县's coal-chemical lines and provincial park (2008) …)
REAL376 = EVAL / "real376"  # 3 more (云南 zones 2011–2018: 昆明高新区's two batches of projects started and 昆明经开区's target of 17 industrial projects (商务部网站 via 新浪 2011) …)
REAL377 = EVAL / "real377"  # 6 more (贵州 zones 2012–2017: 贵州大龍經濟開發區 (铜仁, 文匯報 2012, traditional), 富士康贵州第四代产业园 breaking ground in 贵安新区 (新华网 2013), 观山湖区's two industrial parks (贵阳, 2013) …)
REAL378 = EVAL / "real378"  # 7 more (food and prepared-food parks: 金乡经济开发区食品产业园's settled firms (山东, 2020), 中国西部预制菜产业园's groundbreaking and signing (重庆, 2022) …)
REAL379 = EVAL / "real379"  # 8 more (software, digital-economy and IT-innovation parks: 成都高新区's software fair signing and software revenue (四川, 2019), 迪马数智天地产业园 in 武汉临空港经开区 (湖北, 2021) …)
REAL380 = EVAL / "real380"  # 8 more (山东 潍坊 / 枣庄 / 东营 / 菏泽 zones 2017–2024: 寒亭区's parks and projects (潍坊光电显示材料产业园, 2022), 枣庄高新区's lithium cluster (2023) and a 2017 visit to it …)
REAL381 = EVAL / "real381"  # 7 more (上海 parks 2017–2023: 12 firms settling in 上海市工业综合开发区 under the 东方美谷 brand (经济日报 2017), 东方美谷's core area with firms and output / tax (中国经济导报 2017) …)
REAL382 = EVAL / "real382"  # 8 more (宁波 zones 2014–2024: 宁波开发区 / 北仑's 16 industrial projects in production (2014) …)
REAL383 = EVAL / "real383"  # 8 more (广州 zones 2017–2024: 增城经济技术开发区 and 银沙工业园 with three projects started (2017), 广东自贸试验区南沙片区 and its blocks with areas (环球时报 2018) …)
REAL384 = EVAL / "real384"  # 8 more (深圳 parks and co-built zones 2017–2024: 光明科学城配套区's four projects started (香港商报 2019, traditional as published) …)
REAL385 = EVAL / "real385"  # 8 more (北京 parks 2012–2024: 未来科技城 in 昌平 (2012, infrastructure and 15 central-SOE projects started), 怀柔科学城's 密云 plot in 密云经济技术开发区 (2018, first project ready) …)
REAL386 = EVAL / "real386"  # 7 more (郑州 zones 2016–2022: 郑州经开区 (79 projects started 2016, first-half figures and project plan 2020, four projects with amounts 2022) …)
REAL387 = EVAL / "real387"  # 8 more (standard factory buildings and park space delivered, leased or under way in parks (长治高新区 平板电脑产业园 2019, 泉州 中熙产业园 2015, 鲤城高新区 科创中心 2023, 温州(嘉定)科技创新园 二期 2024 …)
REAL388 = EVAL / "real388"  # 6 more (湖北 咸宁 / 宜昌 / 荆州 zones 2017–2024: 咸宁's 2017 inspection tour (嘉鱼产业新城 started with firms signed, two projects under construction) …)
REAL389 = EVAL / "real389"  # 6 more (苏州 / 无锡 / 常州 zones 2017–2020 (and two undated): 苏州工业园区's 25th-anniversary batch of 150 projects signed, started and opened (苏州日报 2019) …)
REAL390 = EVAL / "real390"  # 7 more (浙江 杭州 zones 2016–2024: 萧山经济技术开发区's groundbreaking site for 35 district projects (2021) …)
REAL391 = EVAL / "real391"  # 3 more (合肥 zones (肥西): 安徽肥西经济开发区's history, three large projects with amounts and its projects attracted / started since 2015 (市场星报 2018) …)
REAL392 = EVAL / "real392"  # 8 more (四川 川东 / 川南 parks 2012–2024: 广安's industrial parks and 广安经开区's new sub-parks (2012), 攀枝花钒钛高新区 with its leading firms (2016) …)
REAL393 = EVAL / "real393"  # 6 more (new materials and chemical parks outside 山东 / 江苏: 随州高新区青春化工园 groundbreaking with four new-energy / new-materials projects (湖北, 2022) …)
REAL394 = EVAL / "real394"  # 6 more (parks around the provincial capitals of 河南 / 河北 / 山西: 巩义市先进制造业开发区 (郑州, 2023 half-year: ranking, named firms, green figures), 正阳县开发区 (驻马店 …)
REAL395 = EVAL / "real395"  # 8 more (officials announcing zone figures, projects and firms at press conferences, briefings and presentations: 湖北自贸区's provincial press conference (2018) …)
REAL396 = EVAL / "real396"  # 7 more (集成电路 / 半导体 parks, their projects, firms and funds)
REAL397 = EVAL / "real397"  # 6 more (cross-border e-commerce / e-commerce parks: groundbreaking, investors, firms registered, trade figures)
REAL398 = EVAL / "real398"  # 8 more (culture-creative parks, film bases / film-industry parks and animation / digital-culture parks)
REAL399 = EVAL / "real399"  # 9 more (低空经济 / 通用航空产业园 / 无人机产业园: parks, projects signed or started, firms)
REAL400 = EVAL / "real400"  # 8 more (hydrogen and energy-storage / battery industrial parks: projects with sums and status, firms, output targets)
REAL401 = EVAL / "real401"  # 8 more (high-tech and development zones' 专精特新 firms, listed companies and 高新技术企业 counts)
REAL402 = EVAL / "real402"  # 5 more (incubators, makerspaces (众创空间) and accelerators: incubated and graduated firms, floor space, investment)
REAL403 = EVAL / "real403"  # 8 more (算力 / 大数据 / 数据中心 parks: data-centre projects, racks, investment, firms)
REAL404 = EVAL / "real404"  # 8 more (marine-economy parks (marine biotech, shipbuilding / offshore, fishery processing) and their projects and firms)
REAL405 = EVAL / "real405"  # 9 more (new-material parks (graphene, carbon fibre, chemical new materials, aluminium / manganese-barium): projects with sums and status, firms, output figures)
REAL406 = EVAL / "real406"  # 7 more (汽车产业园 / 新能源汽车 and 汽车零部件产业园: car plants and suppliers settling, projects, output figures)
REAL407 = EVAL / "real407"  # 6 more (town- and township-level industrial zones and small parks (镇级工业集聚区 / 乡镇工业功能区 / 村级工业园) with their firms and projects)
REAL408 = EVAL / "real408"  # 7 more (纺织服装 / 鞋业 / 服装城 parks: firms moving in, projects, output and export figures)
REAL409 = EVAL / "real409"  # 9 more (家居 / 家具 / 建材 / 陶瓷 parks: parks, projects, firms, output figures)
REAL410 = EVAL / "real410"  # 8 more (circular-economy / recycling / venous / environmental-industry parks: projects, firms, capacity)
REAL411 = EVAL / "real411"  # 8 more (robot / AI / smart-manufacturing parks: firms settling, projects signed and built, output, funds)
REAL412 = EVAL / "real412"  # 6 more (zones upgraded, set up or expanded at the news of approval (东营 2010, 巴中 2015, 共青城 2018, 浙江 2020 / 2022, 中山 2024))
REAL413 = EVAL / "real413"  # 8 more (亩均论英雄 / 亩均税收 evaluations: per-mu figures, ranked places, parks and firms)
REAL414 = EVAL / "real414"  # 7 more (park developers and operators building, opening or signing parks (龙湖 / 临港, 中关村信息谷, 联东U谷, 临港集团, 万洋众创城 ×3))
REAL415 = EVAL / "real415"  # 8 more (返乡创业园 / 农民工返乡创业 parks and 扶贫车间 in county parks: firms, jobs, projects)
REAL416 = EVAL / "real416"  # 9 more (台湾农民创业园, 海峡两岸 cooperation zones and Taiwan-funded projects in mainland parks)
REAL417 = EVAL / "real417"  # 7 more (兵团, 西藏 and 青海 parks, projects, firms and figures)
REAL418 = EVAL / "real418"  # 8 more (开发区 考核 / 综合排名 / 百强 rankings with the ranked zones and their figures)
REAL419 = EVAL / "real419"  # 8 more (粤港澳 / 港澳 cooperation parks (前海, 横琴, 穗港, 东莞滨海湾, 广州 HK/Macao youth bases): Hong Kong and Macao firms settling, figures)
REAL420 = EVAL / "real420"  # 6 more (signings at investment fairs (投洽会, 西洽会, 东博会, 东北亚博览会, 中博会) naming the receiving parks, with sums)
REAL421 = EVAL / "real421"  # 7 more (央企 / 国企 projects landing in parks (央地合作): firm, park, sum, stage)
REAL422 = EVAL / "real422"  # 7 more (技改 / expansion (扩能, 扩产, 二期) and project progress of firms in industrial parks and zones)
REAL423 = EVAL / "real423"  # 8 more (electronics / optoelectronics / display / smart-terminal parks: plants, suppliers, sums and status)
REAL424 = EVAL / "real424"  # 5 more (zone key-project progress and inspection tours (观摩): each project's sum and stage)
REAL425 = EVAL / "real425"  # 8 more (医疗器械 / 生命健康 / 大健康 industrial parks: firms, projects, sums, figures)
REAL426 = EVAL / "real426"  # 7 more (光伏 / 风电装备 / 储能 equipment parks in counties and zones (plants, sums, capacity, stage))
REAL427 = EVAL / "real427"  # 8 more (链主企业 / 产业链招商: anchor firms and the suppliers that follow them into 开发区 / 高新区)
REAL428 = EVAL / "real428"  # 6 more (东北 development zones, parks and project drives 2009–2015 (辽宁, 吉林, 黑龙江))
REAL429 = EVAL / "real429"  # 7 more (广东 粤东西北 产业转移园 / industrial-transfer parks, projects, firms and figures)
REAL430 = EVAL / "real430"  # 8 more (湘西 / 怀化 / 邵阳 / 永州 / 娄底 county industrial parks and zones: projects, firms, figures)
REAL431 = EVAL / "real431"  # 7 more (河南 产业集聚区 2010–2019: county and city zones' projects, firms and figures)
REAL432 = EVAL / "real432"  # 7 more (皖北 development zones and projects (宿州, 淮北, 亳州, 蚌埠, 阜阳))
REAL433 = EVAL / "real433"  # 8 more (浙江 山区 counties' (丽水, 衢州, 兰溪) industrial parks and 飞地 partners)
REAL434 = EVAL / "real434"  # 4 more (Hong Kong outlets on mainland (and one cross-boundary) zones and investment drives, traditional script)
REAL435 = EVAL / "real435"  # 8 more (鲁西北 (聊城, 德州, 滨州, 东营) development zones and parks: projects, firms, figures)
REAL437 = EVAL / "real437"  # 6 more (plants going into production (竣工投产 / 投产 / 试车) in industrial parks, with firms, sums and capacity)
REAL438 = EVAL / "real438"  # 7 more (foreign (Korean, Japanese, German, French/Italian) firms' plants and parks in Chinese zones: firm, park, sum, stage)
REAL439 = EVAL / "real439"  # 7 more (四川 / 重庆 county parks and county projects: firms, projects, figures)
REAL440 = EVAL / "real440"  # 7 more (苏南 towns and their parks (昆山, 江阴, 张家港, 常熟, 宜兴): projects, firms, figures)
REAL441 = EVAL / "real441"  # 1 more (贵州 / 云南 county industrial projects 2018–2023 (one 贵阳 county's groundbreaking and production batch, 息烽 2018))
REAL442 = EVAL / "real442"  # 8 more (南疆 (喀什, 和田, 阿克苏) industrial parks and 援疆 projects, firms and figures)
REAL443 = EVAL / "real443"  # 6 more (湖南 / 江西 development zones, mostly older news (2008–2014, plus 2017 and 2021): parks, firms, projects and figures)
REAL444 = EVAL / "real444"  # 7 more (广西 北部湾 parks and zones (钦州, 北海, 防城港, 南宁) and their firms, projects and figures)
REAL445 = EVAL / "real445"  # 2 more (河北 zones in 沧州 (沧州经济开发区's Q4 2021 groundbreaking; 沧州渤海新区's Tianjin biomedicine park signing))
REAL446 = EVAL / "real446"  # 6 more (福建 闽东 / 闽北 / 三明 parks, projects and output (宁德 柘荣 / 福鼎 / 福安, 三明 清流 and city, 南平 政和))
REAL447 = EVAL / "real447"  # 6 more (内蒙古 西部 / 宁夏 parks and projects (包头 九原, 达拉特经济开发区, 平罗工业园区, 乌海 千里山工业园区, 準格爾經濟開發區, 石嘴山))
REAL448 = EVAL / "real448"  # 6 more (胶东 zones (烟台, 威海, 日照): projects, foreign firms, figures)
REAL449 = EVAL / "real449"  # 2 more (赣南 / 赣西 zones (赣州 南康, 新余): projects started or signed, sums)
REAL450 = EVAL / "real450"  # 4 more (安徽 皖江 zones (宣城, 马鞍山, 广德, 天长/来安), 2018–2021: projects, firms, investment, output)
REAL451 = EVAL / "real451"  # 6 more (珠三角 town / city parks and projects (中山, 佛山, 江门, 东莞), 2020–2024)
REAL452 = EVAL / "real452"  # 6 more (湖北 鄂西 zones and parks (宜昌, 荆州, 恩施, 十堰) 2016–2023: projects started or signed, firms, sums)
REAL453 = EVAL / "real453"  # 6 more (四川 川南 parks and projects (宜宾 屏山, 泸州, 乐山 夹江, 内江 东兴, 自贡 富顺), 2019–2022)
REAL454 = EVAL / "real454"  # 6 more (温州 / 台州 zones, small-firm parks and project batches, 2015–2024)
REAL455 = EVAL / "real455"  # 6 more (吉林 zones and cities (辽源, 四平, 长春 农安, 吉林市), 2017–2024: projects, firms, investment, output)
REAL456 = EVAL / "real456"  # 6 more (云南 滇中 parks (昆明, 玉溪, 曲靖, 楚雄): projects, firms, sums and figures)
REAL457 = EVAL / "real457"  # 6 more (湖南 长株潭 and 衡阳 parks and project batches, 2020–2025 (projects started, completed, signed; park revenue, firms, sums))
RECORD_APPS = ("parks", "projects", "loaders", "analytics")  # every table a load writes


def _import_scorer():
    spec = importlib.util.spec_from_file_location("parkdb_eval_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _import_scorer()


def _query_json(dsn: str, sql: str) -> list:
    """The scorer's query (psql in its own process), over Django's connection: it sees this transaction's rows."""
    with connection.cursor() as cursor:
        cursor.execute(f"select coalesce(json_agg(t), '[]') from ({sql}) t")
        value = cursor.fetchone()[0]
    return json.loads(value) if isinstance(value, str) else value


def score_views(gold: Path, *, show: bool = False, json_out: Path | None = None) -> tuple[dict, str]:
    """Run the scorer on what the report views of the default database hold: (its figures, its printed report)."""
    argv = ["score.py", "--gold", str(gold), "--dsn", connection.settings_dict["NAME"]]
    if show:
        argv.append("--show")
    if json_out:
        argv += ["--json", str(json_out)]
    printed = io.StringIO()
    with (mock.patch.object(scorer, "psql_json", _query_json), mock.patch.object(sys, "argv", argv),
          contextlib.redirect_stdout(printed)):
        figures = scorer.main()
    return figures, printed.getvalue()


# Tables migrations fill with a vocabulary, not with records: a load neither reads them empty nor clears them.
VOCABULARY = {"projects.Metric"}


def _start_from_empty_tables() -> None:
    """Make sure the tables a load writes are empty and number their rows from 1 again, as a fresh database does.

    The numbering matters: the same articles loaded with other record ids (after a test that loaded
    and flushed, say) can come out linked differently. Inside a transaction the restart is undone
    with it.
    """
    models = [m for name in RECORD_APPS for m in apps.get_app_config(name).get_models(include_auto_created=True)
              if m._meta.managed and not m._meta.proxy and m._meta.label not in VOCABULARY]
    filled = [m._meta.db_table for m in models if m._base_manager.exists()]
    if filled:
        raise RuntimeError(f"scores are only meaningful on an empty database; these tables hold rows: {filled}")
    with connection.cursor() as cursor:
        for sql in connection.ops.sql_flush(no_style(), [m._meta.db_table for m in models], reset_sequences=True):
            cursor.execute(sql)


def article_files(articles: Path) -> list[Path]:
    """The articles of a set: every *.txt under `articles`, except under folders whose name starts with _ or . (an
    eval set's _raw/ and _build/ hold pages as found, search notes and scripts, which are no articles of the set)."""
    return sorted(f for f in articles.rglob("*.txt")
                  if not any(part.startswith(("_", ".")) for part in f.relative_to(articles).parts))


def load_articles(articles: Path) -> None:
    """Load the articles of a set (article_files) with the loader `load_seeds` runs, into empty record tables."""
    _start_from_empty_tables()
    files = article_files(articles)
    if not files:
        raise RuntimeError(f"no *.txt article under {articles}")
    report = load_paths(files)
    if not report.files:
        raise RuntimeError(f"no *.txt article under {articles}")
    if report.refused:
        raise RuntimeError("refused: " + "; ".join(f"{f.path}: {f.reason}" for f in report.refused))


def score_folder(articles: Path, gold: Path | None = None) -> dict:
    """Load `articles`, score them against `gold` (default: the ground truth beside them), roll the load back."""
    with transaction.atomic():
        load_articles(articles)
        figures, _ = score_views(gold or articles)
        transaction.set_rollback(True)
    return figures

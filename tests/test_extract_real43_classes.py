"""Rules of extractor 1.92, from real43 after its second score (north-eastern and south-western projects, science
cities, an incubator, a provincial guidance fund, a Hong Kong daily in traditional script). The sentences are fixtures
for one behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts
from tests.extracted import firms as _firms
from tests.extracted import park_aliases as _park_aliases
from tests.extracted import projects as _projects


def test_a_province_written_before_the_park_that_opens_the_sentence_keeps_it_the_subject():
    text = ("广西南宁松岭工业园区是横县发展工业经济的主要载体。\n\n"
            "当前，重大项目建设取得了较好进展。其中，总投资183亿元的甲乙电厂项目进场道路已开工建设。")
    assert _projects(text).get("甲乙电厂项目") == ("南宁松岭工业园区", "开工"), _projects(text)


def test_a_road_named_after_the_park_is_no_park_subject():
    # (a guard on a limit of this version's rule: this held before it, and must hold with it)
    text = "安徽合肥高新区松岭路，一条看似平常的市政道路。如今，这条路上已聚集量子企业30余家。"
    assert not any(subject == "合肥高新区" for subject, _, _ in _facts(text)), _facts(text)


def test_preparatory_work_says_planned_and_a_province_list_of_major_projects_says_no_stage():
    text = ("总投资54亿元的南宁甲乙浆纸有限公司年产20万吨文化纸项目已列入2008年自治区层面统筹推进的重大项目，"
            "前期工作正在积极开展；总投资32.8亿元的南宁丙丁化工有限责任公司年产30万吨烧碱项目目前正在开展土地预征工作。")
    found = _projects(text)
    assert found["南宁甲乙浆纸有限公司年产20万吨文化纸项目"][1] == "planned", found
    assert found["南宁丙丁化工有限责任公司年产30万吨烧碱项目"][1] == "planned", found


def test_a_count_of_projects_described_before_their_noun_is_no_count_of_parks():
    text = "河南省郑州高新区：17个重大项目开工\n\n6月5日，郑州高新区有17个带动能力强、经济效益好的重大项目集中开工。"
    assert not any(metric == "parks_count" for _, metric, _ in _facts(text)), _facts(text)


def test_a_park_named_in_a_project_with_its_phase_in_brackets_is_no_park():
    text = "新材料产业，松岭学子创业园(一期)项目8条产线已建成投产；总投资77亿元的甲乙抽水蓄能电站项目预计年内开工建设。"
    assert not extract(text).parks, [p.name for p in extract(text).parks]
    assert _projects(text)["甲乙抽水蓄能电站项目"][0] is None


def test_a_phase_in_brackets_after_a_zone_that_is_inspected_is_the_zone():
    # (a guard on a limit of this version's rule: this held before it, and must hold with it)
    text = "验收组一致同意梅州综保区(一期)通过正式验收。"
    assert "梅州综保区" in _park_aliases(text)


def test_a_computing_centre_and_a_demonstration_base_that_start_or_run_are_projects():
    text = ("电子信息产业，甲乙万卡智算中心建成运营，算力规模达6900P。"
            "装备制造业，松岭新能源船舶示范基地预计9月底前开工建设。")
    found = _projects(text)
    assert found.get("甲乙万卡智算中心", (None, None))[1] == "投产", found
    assert found.get("松岭新能源船舶示范基地", (None, None))[1] == "planned", found


def test_a_project_built_by_a_firm_owns_the_figures_after_it_and_so_does_its_phase():
    text = ("8月10日，哈尔滨临空经济区中国甲乙哈尔滨中央厨房仓储物流项目二期开工。\n\n"
            "临空经济区中国甲乙哈尔滨中央厨房仓储物流项目由哈尔滨丙丁农产品有限公司投资，总投资约4亿元，占地14万平方米。"
            "此次开工的二期项目主要建设研发中心，总建筑面积1.2万平方米。")
    subjects = {value: subject for subject, _, value in _facts(text)}
    assert subjects.get("140000") == "中国甲乙哈尔滨中央厨房仓储物流项目", _facts(text)
    assert subjects.get("12000") == "中国甲乙哈尔滨中央厨房仓储物流项目", _facts(text)


def test_xin_hezuo_inside_a_firms_name_is_no_verb():
    text = "该项目由哈尔滨新合作松岭农产品供应链管理有限公司投资。"
    assert "哈尔滨新合作松岭农产品供应链管理有限公司" in _firms(text), _firms(text)


def test_a_region_with_the_city_in_brackets_is_the_citys_own_name_for_the_park():
    text = "邱某代表四川天府新区对西部(成都)科学城建设情况进行了推介。据了解，成都科学城规划面积132平方公里。"
    aliases = _park_aliases(text)
    assert "西部(成都)科学城" in aliases.get("成都科学城", []) and "西部(成都)科学城" not in aliases, aliases


def test_the_words_after_deng_that_close_a_list_name_its_kind_not_a_project():
    text = "目前已签约落户的有：松岭能源互联网研究院、甲乙管理学院成都分院等校院地协同创新项目。"
    assert "校院地协同创新项目" not in _projects(text), _projects(text)


def test_a_person_between_a_firm_and_the_title_is_no_part_of_the_firm():
    text = "对于本次签约成功，浦东科投李勇军总经理表示，这将带来有效的推动作用。"
    assert "浦东科投李勇军" not in _firms(text) and "浦东科投" in _firms(text), _firms(text)


def test_a_provincial_fund_with_a_bracketed_word_its_short_form_and_its_expected_size():
    text = ("日前，上海松岭投资有限公司正式成为安徽省创业(风险)投资引导基金的受托管理机构。"
            "安徽引导基金是由安徽省人民政府设立的政策性基金，总规模预计达10亿元以上。")
    funds = {f.name: (f.size.text if f.size else None, f.aliases) for f in extract(text).funds}
    assert list(funds) == ["安徽省创业(风险)投资引导基金"], funds
    assert funds["安徽省创业(风险)投资引导基金"][0] == "10亿元以上", funds


def test_an_incubators_own_figures_are_not_the_zones():
    text = ("6月16日，甲乙孵化器开园仪式在武汉东湖高新区举行。\n\n"
            "甲乙孵化器建筑面积3.28万平方米，位于光谷核心位置。“十四五”期间，甲乙孵化器将链接高校院所10余所。")
    assert not any(subject == "武汉东湖高新区" for subject, _, _ in _facts(text)), _facts(text)


def test_a_corridor_joined_by_yu_to_a_science_city_is_not_part_of_its_name():
    text = "而甲乙孵化器位于光谷科创大走廊与东湖科学城的“极核”之上。"
    assert "东湖科学城" in _park_aliases(text), _park_aliases(text)


def test_industries_listed_before_the_firms_counted_name_no_firm():
    text = "推介会邀请了长三角地区精细化工、智能装备制造、食品深加工、文旅和数字经济等157家知名企业代表参加会议。"
    assert not _firms(text), _firms(text)


def test_short_items_listed_with_parks_and_bases_before_deng_xiangmu_are_projects():
    text = "下一步，松岭科学城将加快推进科学公园、科学会堂、甲乙信创产业示范基地、丙丁大健康产业园等项目落地建设。"
    assert {"科学公园", "科学会堂"} <= set(_projects(text)), _projects(text)
    assert not {"科学公园", "科学会堂"} & set(_firms(text)), _firms(text)


def test_you_after_the_projects_is_no_part_of_a_name_and_a_planned_total_is_the_projects_sum():
    text = "其中，投资超10亿元的项目有来宾市松岭塑料光纤项目等。松岭塑料光纤项目总投资预计22亿元，拟用地1000亩。"
    found = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert found == {"来宾市松岭塑料光纤项目": "22亿元"}, found


def test_the_press_short_form_of_a_firm_after_its_city_and_a_state_owned_groups_short_name_are_that_firm():
    text = ("日前，上海松岭科技投资有限公司正式成为基金的受托管理机构。对于本次签约，松岭科投总经理表示，这将带来推动作用。"
            "该活动由武汉甲乙国有控股集团有限公司主办。会上，武汉甲乙集团还签署了战略合作框架协议。")
    found = {c.name: c.aliases for c in extract(text).companies}
    assert set(found) == {"上海松岭科技投资有限公司", "武汉甲乙国有控股集团有限公司"}, found
    assert "松岭科投" in found["上海松岭科技投资有限公司"] and "武汉甲乙集团" in found["武汉甲乙国有控股集团有限公司"], found


def test_venture_capital_firms_counted_name_no_firm():
    text = "中关村管委会与4家风险投资公司签署协议，共同发起设立创业投资引导资金。"
    assert "风险投资公司" not in _firms(text), _firms(text)


def test_a_list_item_the_tagger_reads_as_an_adverb_and_a_verb_is_a_brand():
    text = "助推松岭科技上市，易冲无线、晓多科技等成为准独角兽企业。"
    assert "易冲无线" in _firms(text) and "冲无线" not in _firms(text), _firms(text)

"""Rules of extractor 2.12, from what the real sets got wrong once scored. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _parks(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract(text).parks}


# From real250's errors (湖南 and 湖北 zones 2017–2020; scored once before it was read).

def test_an_airport_zone_short_form_is_the_same_zone():
    text = ("7月15日,孝感市举行二季度招商项目集中签约仪式,位于孝感临空区的松岭云杉产业城签约。"
            "此前,孝感临空经济区柏川旅游区项目签约。")
    parks = {p.name: p.aliases for p in extract(text).parks}
    assert list(parks) == ["孝感临空经济区"] and "孝感临空区" in parks["孝感临空经济区"], parks


def test_the_sum_of_a_park_signed_as_a_project_is_the_projects_investment():
    text = ("7月15日,孝感市举行二季度招商项目集中签约仪式,现场签约的云杉·空港柏川科技城和松岭临空产业园两大项目投资均超过"
            "300亿元。其中,位于孝感临空经济区的云杉·空港柏川科技城总投资500亿元,将建设教育科研园区、科技产业园区五大板块。")
    x = extract(text)
    projects = {p.name: p.investment.text if p.investment else None for p in x.projects}
    assert projects.get("云杉·空港柏川科技城") == "500亿元", projects
    assert not [f for f in x.facts if f.subject == "云杉·空港柏川科技城" and f.metric == "planned_investment"], x.facts


def test_a_circular_economy_park_is_a_park():
    text = "目前已形成“一区两园”发展格局,即松岭工业园和柏川循环经济园。柏川循环经济园面积329.95公顷,主要发展新型建材产业。"
    assert _parks(text).get("柏川循环经济园") == "产业园", _parks(text)


def test_a_sentence_about_a_counted_batch_gives_its_figures_to_the_batchs_park():
    text = ("正月初八,全市项目建设迎来“开门红”。当日上午,柏川开发区“一区多园”51个重点项目集中开工,位于松岭文旅区的"
            "云杉园博园项目同时开工。\n\n51个重点项目总投资达224.54亿元,项目用地6817亩,预计达产后完成产值438.8亿元。")
    facts = {(f.subject, f.metric) for f in extract(text).facts}
    assert ("柏川开发区", "area_mu") in facts and ("柏川开发区", "output_value_target") in facts, facts
    assert not [f for f in facts if f[0] == "云杉园博园项目"], facts
    # the park the sentence before named with its batch, even where a headline leaves the story with no park in scope
    text = ("2018霸气起航!点进来看最牛开工项目,为家乡发展打call!\n\n正月初八,全市项目建设迎来“开门红”。当日上午,"
            "柏川开发区“一区多园”51个重点项目集中开工。\n\n51个重点项目总投资达224.54亿元,项目用地6817亩。")
    facts = {(f.subject, f.metric, f.amount.value) for f in extract(text).facts}
    assert ("柏川开发区", "planned_investment", 22454000000) in facts, facts


# From real251's errors (新疆, 内蒙古 and 宁夏 zones 2016–2021; scored once before it was read).

def test_a_kind_of_project_named_with_its_zone_and_its_own_sum_is_one_project():
    text = "5月16日,计划总投资约200亿元的内蒙古自治区呼和浩特市松岭高新区新能源汽车制造项目开工,当天举行了集中开工仪式。"
    projects = {p.name: (p.park, p.investment.text if p.investment else None) for p in extract(text).projects}
    assert projects == {"呼和浩特市松岭高新区新能源汽车制造项目": ("呼和浩特市松岭高新区", "约200亿元")}, projects
    # a kind of project a zone has, without a sum of its own, names none
    text = "松岭高新区新能源汽车制造项目加快建设,呼和浩特市松岭高新区新能源汽车制造项目集中开工。"
    assert not extract(text).projects, extract(text).projects


def test_this_project_is_the_project_just_named_not_a_batch():
    text = ("截至目前,自治区80个重点建设项目中79个开工建设。同时,松岭精密铸锻产业园项目建设也正紧锣密鼓进行,"
            "主体建设工程已完成封顶。这个项目总投资30亿元,其中今年计划完成投资6亿元。")
    x = extract(text)
    projects = {p.name: p.investment.text if p.investment else None for p in x.projects}
    assert projects.get("松岭精密铸锻产业园项目") == "30亿元", projects
    assert not [f for f in x.facts if f.subject_type == "park_group" and f.amount.unit == "cny"], x.facts


def test_a_planned_sum_after_a_projects_name_is_no_plan_of_its_stage():
    text = ("4月1日,项目集中开工仪式在松岭开发区举行,开发区第二批开工的项目有5个,投资总额超过18亿元。"
            "柏川纺织城生态绿化项目,计划总投资2.7亿元,主要建设公共绿地;云杉家纺园基础设施建设项目,计划投资1.7亿元,"
            "主要建设道路、供排水管网。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川纺织城生态绿化项目": "开工", "云杉家纺园基础设施建设项目": "开工"}, statuses


# From real249's errors (江苏 and 浙江 county zones 2021–2024; scored once before it was read).

def test_a_plan_read_from_what_a_project_is_to_do_gives_way_to_the_leads_event():
    text = ("8月20日,松岭县举办高质量发展项目开工和观摩活动,共开工3个项目,总投资21.6亿元。\n\n"
            "新兴产业是加快构建现代化产业体系的重要支撑。总投资10亿元的柏川体育用品生产项目,是一个含绿量足的优质项目,"
            "将对标低碳工厂标准,配备智能立体仓库。\n\n另据介绍,随后云杉汽车文化广场项目也将开工。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川体育用品生产项目": "开工", "云杉汽车文化广场项目": "planned"}, statuses
    # a lead that aims at an event reports none: the plan stands
    text = ("近日,记者从松岭新区管委会了解到,今年新区将积极做好协调服务工作,力争前两季度,10个出城入园项目在新区开工建设。\n\n"
            "今年,松岭新区将积极做好协调服务,力促柏川新能源及装备制造产业园、云杉水泵总厂、柏川轻工机械日化制造设备、"
            "云杉高新技术产业化示范工程等5个项目,在3、4月份开工建设,国家级阀门产业科技园、柏川石化润滑油生产厂等5个项目,"
            "5、6月份开工建设。")
    statuses = {p.status for p in extract(text).projects}
    assert statuses == {"planned"}, extract(text).projects


def test_the_tenants_a_park_is_to_take_in_are_no_stage_of_it():
    text = ("8月20日,松岭县举办高质量发展项目开工和观摩活动,共开工3个项目,总投资21.6亿元。\n\n"
            "总投资10.6亿元的柏川科创产业园,是一个集研发、生产于一体的现代化产业园区,主要招引科技型企业入驻。"
            "建成后可入驻50家科创企业。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川科创产业园": "开工"}, statuses


# From real248's errors (黑龙江 and 吉林 zones 2016–2020; scored once before it was read).

def test_what_a_park_is_said_to_be_is_no_part_of_its_name():
    text = "大庆高新区为国家级高新区,总面积251.26平方公里。作为引领龙头,引建了沃尔沃、忠旺等一批产业龙头项目。"
    assert list(_parks(text)) == ["大庆高新区"], _parks(text)


def test_a_paragraph_about_the_county_gives_its_projects_no_park():
    text = ("据了解,松岭经济开发区是省级园区。目前,园区拥有企业106家。\n\n"
            "今年,松岭县将重点推进柏川盐碱产业园项目和云杉燃气发电项目建设,全力推进已签约的古汉医药科技园、"
            "纳格新材料等9个项目的开工。\n\n"
            "同时,该县依托泵业的资源禀赋,加速推进柏川泵业智造产业园、云杉机械汽车零部件智能制造等项目建设。")
    x = extract(text)
    assert x.projects and not [p for p in x.projects if p.park], [(p.name, p.park) for p in x.projects]
    assert not [f for f in x.facts if f.subject == "松岭经济开发区" and f.amount.value == 9], x.facts


def test_a_headline_with_its_kicker_is_a_headline_not_a_cards_field():
    text = ("直击东北经济:大庆高新集群 拓转型突围之路\n\n近年来,东三省经济增长出现明显减速,东北发展现状一时成为广泛关注的"
            "地域话题,大庆作为黑龙江重要的资源城市,也一直处于舆论的风口。如何面对压力和挑战,如何脱困突围,大庆从多方面进行了"
            "解答。\n\n国家级高新区集群龙头项目\n\n大庆高新区为国家级高新区,总面积251.26平方公里,辖区常住人口19万人。"
            "作为引领龙头和聚集平台,形成了石油化工、汽车及装备制造产业集群。\n\n"
            "目前,企业总数发展到4650家,其中规模以上工业企业94家、国家级高新技术企业94家。")
    facts = {(f.subject, f.amount.value) for f in extract(text).facts}
    assert ("大庆高新区", 94) in facts, facts


def test_a_paragraph_about_a_citys_district_gives_the_district_its_figures():
    text = ("哈尔滨市双城区:加快大项目建设促进产业结构优化升级\n\n10月27日,双城区政府新闻办公室召开主题新闻发布会。"
            "双城区人民政府副区长高见,双城区经开区副主任魏新成回答记者问题。\n\n"
            "年初以来,哈尔滨市双城区深入推进实施两大发展战略,全力推进省市重点项目17个,其中,省百大项目6个,"
            "总投资50.7亿元,年度计划投资11.1亿元。")
    facts = {(f.subject, f.amount.value) for f in extract(text).facts}
    assert ("双城区", 17) in facts and ("双城区", 5070000000) in facts, facts


# From real252's errors (山西 and 河南 zones 2021–2024; scored once before it was read).

def test_when_a_started_project_is_to_be_finished_is_no_plan_of_its_start():
    text = ("总投资87.1亿元!洛阳松岭区第二季度重大项目集中开工\n\n4月20日上午,洛阳市松岭区举行第二季度重大项目集中开工仪式活动。"
            "\n\n此次集中开工项目共19个,总投资87.1亿元。\n\n其中柏川清真分厂项目和云杉中央大厨房项目,计划总投资1.5亿元,"
            "建设周期8个月,预计2022年1月建成投入使用。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川清真分厂项目": "开工", "云杉中央大厨房项目": "开工"}, statuses


# From real255's errors (辽宁 zones 2016–2022; scored once before it was read).

def test_a_project_resumed_is_being_built():
    text = ("一季度,总投资5000万元以上复工项目51项,总投资771亿元,其中柏川双离合自动变速器二期、云杉汽车物流中心配套码头等"
            "19个项目2月底前已复工建设。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川双离合自动变速器二期": "在建", "云杉汽车物流中心配套码头": "在建"}, statuses


def test_a_kind_of_project_a_firm_builds_is_its_project():
    text = ("目前,鞍山经开区多个重点项目有序落地。其中柏川集团打造的化工新材料产业基地项目,生产厂房及综合楼等配套公用工程设施"
            "已开工建设。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"化工新材料产业基地项目": "开工"}, statuses


def test_fitting_out_under_way_is_being_built():
    text = ("目前,鞍山经开区多个重点项目有序落地。其中外资企业柏川线束系统有限公司又投资1.36亿元,扩建的云杉汽车线束项目的"
            "新厂房正在紧锣密鼓地装修中。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"云杉汽车线束项目": "在建"}, statuses


def test_a_technique_brought_in_is_no_signing_of_the_project():
    text = "重点项目建设稳步推进。总投资30亿元的柏川半导体项目,引进日本大口径、大尺寸硅片切磨技术,填补了国内空白。"
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses.get("柏川半导体项目") != "签约", statuses


def test_a_project_waiting_for_approval_is_planned():
    text = ("总投资276亿元的柏川乙烷裂解制乙烯项目已向国家发改委申报“项目示范点”;投资49.6亿元的云杉新能源汽车整车项目"
            "已由市发改委向上申报。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {"柏川乙烷裂解制乙烯项目": "planned", "云杉新能源汽车整车项目": "planned"}, statuses


# From real253's errors (福建 and 江西 county zones 2016–2020; scored once before it was read).

def test_the_place_a_listed_project_is_in_is_no_part_of_its_name():
    text = ("总投资10亿元以上的项目有:福清市的柏川海鲜世界文化旅游项目、罗源县的云杉热塑铆合板生产建设项目、"
            "福州长乐区的松岭国际航空物流项目、南靖柏川箱包生产项目等。")
    names = {p.name for p in extract(text).projects}
    assert {"柏川海鲜世界文化旅游项目", "松岭国际航空物流项目"} <= names and not [n for n in names if "的" in n], names


def test_a_run_of_items_each_after_its_total_is_a_list_of_projects():
    text = ("本次集中开工项目中,产业大项目多。其中有总投资50亿元的福清市柏川交易中心,总投资30亿元的连城云杉中草药种植田园综合体,"
            "总投资20亿元的漳州松岭热轧卷板生产线项目等。")
    projects = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert projects.get("连城云杉中草药种植田园综合体") == "30亿元" and len(projects) == 3, projects


def test_a_headline_ending_in_an_exclamation_still_reports_the_event():
    text = ("福建集中开工265个重大项目,含三明高端装备产业园28家!\n\n18日,福建省集中开工265个重大项目,总投资1950亿元。\n\n"
            "莆田柏川化工新材料产业园基础设施项目\n\n南平云杉纸业项目,项目终端产品为15万吨高档文化纸和23万吨生活用纸。\n\n"
            "宁德松岭锆基非晶合金项目,将进一步打通锆产业与锂电池新能源等主导产业的协作通道。")
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses.get("南平云杉纸业项目") == "开工" and statuses.get("宁德松岭锆基非晶合金项目") == "开工", statuses

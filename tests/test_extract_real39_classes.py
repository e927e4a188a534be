"""Rules of extractor 1.76, from real39 after its first score (projects signed or started at parks, zones in 新疆,
animation and film parks). The sentences are fixtures for one behaviour each (invented names; places are the
closed class of the lexicon or what the tagger reads as one); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import firms as _firms, park_aliases as _parks


def test_a_place_no_table_lists_joined_by_a_dash_opens_a_zones_name():
    parks = _parks("在此次签约仪式上，奎屯有三个项目签约，均落户奎屯-松涛经济技术开发区，总金额达56亿多元。")
    assert set(parks) == {"奎屯-松涛经济技术开发区"}, parks


def test_a_sum_then_the_capacity_a_projects_name_opens_with():
    text = ("分别是松涛经济技术开发区与甲乙钢管有限公司签订的总投资10亿元可年产100万吨焊接钢管项目；"
            "松涛经济技术开发区与丙丁新材料有限公司签订总投资4.36亿元、年产16万吨的EPS项目。")
    found = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert found == {"年产100万吨焊接钢管项目": "10亿元", "年产16万吨的EPS项目": "4.36亿元"}, found
    assert not any(f.amount.value == 436000000 for f in extract(text).facts)  # the project's, not the zone's


def test_a_group_written_before_a_firms_full_name_is_the_same_firm():
    text = "松涛经济技术开发区与宏运集团甲乙钢管新疆有限公司签订协议。甲乙钢管新疆有限公司董事长说，项目落地后将带动就业。"
    firms = {c.name: c.aliases for c in extract(text).companies}
    assert firms == {"宏运集团甲乙钢管新疆有限公司": ["甲乙钢管新疆有限公司"]}, firms
    assert set(_firms(text)) == {"宏运集团甲乙钢管新疆有限公司"}


def test_what_a_park_is_described_or_positioned_as_names_no_park():
    text = ("松涛星宇文化创意产业园昨日开园，将成为全国最大的单体动漫游戏产业园，力争引进企业超过100家。"
            "松涛台湾科技园是集生产、研发、孵化于一体的创新型科技产业园。园区发展战略定位为：宁波动漫游戏示范区。")
    assert set(_parks(text)) == {"松涛星宇文化创意产业园", "松涛台湾科技园"}, _parks(text)
    assert {f.subject for f in extract(text).facts} == {"松涛星宇文化创意产业园"}


def test_bodies_at_every_level_are_no_bodys_name():
    text = "他们深刻感受到海口各级各部门相关工作人员的专业性。黑龙江省各级政府高度重视松涛经济技术开发区建设。"
    assert not _firms(text), _firms(text)


def test_a_prefectures_session_this_time_owns_its_totals_not_the_zone_in_scope():
    text = ("在此次签约仪式上，奎屯有三个项目签约，均落户奎屯-松涛经济技术开发区。"
            "此次伊犁州签约专场共有22个项目正式签约，合同总金额为174.18亿元。")
    found = {(f.subject, str(f.amount.value)) for f in extract(text).facts}
    assert ("伊犁州", "22") in found and ("伊犁州", "17418000000") in found, found
    assert not any(subject.endswith("开发区") and value == "22" for subject, value in found), found


def test_a_capacity_written_bare_after_another_is_the_same_projects_second_product():
    text = ("此次集中开工的项目分别是年产4万吨生物颗粒燃料生产线、年产6000吨高档环保软包装、4000吨食品类新型复合袋项目、"
            "年产10000吨新型混炼胶生产线项目。")
    names = {p.name for p in extract(text).projects}
    assert "年产6000吨高档环保软包装、4000吨食品类新型复合袋项目" in names, names
    assert not names & {"年产6000吨高档环保软包装", "4000吨食品类新型复合袋项目"}, names


def test_a_body_the_tagger_reads_whole_keeps_its_and_and_two_firms_of_one_stem_share_no_alias():
    text = ("上海松涛动画设计有限公司投资1000万元，在鄞州设立了宁波松涛动画设计有限公司；"
            "由中国科学院科学与艺术中心等单位投资2000多万元的天之鹰影视动画项目落户江东。")
    firms = {c.name: c.aliases for c in extract(text).companies}
    assert "中国科学院科学与艺术中心" in firms and "艺术中心" not in firms, firms
    assert firms["上海松涛动画设计有限公司"] == [] and firms["宁波松涛动画设计有限公司"] == [], firms

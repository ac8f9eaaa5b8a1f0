import re
from pathlib import Path

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged

# The handbook's duty tables, quoted as they stand in the seeds (seed 000,
# tables 1-2 to 1-4; seed 004, section 1.2 to 1.5, including the page-break
# marks "\n\n4、" the extraction left inside them).
SEED_000_TABLES = {
    "job_csd_manager": "职责项职责描述职责1协助人力资源部做好客服部的员工招聘、培训、绩效管理和薪酬管理工作职责2制定客服部各项工作制度、工作标准和工作规范,规范员工行为职责3统计分析客户资源,抓好客户信息管理、客户价值管理工作职责4按照分级管理规定,定期对服务的客户进行回访、拜访职责5维护与大客户的长期沟通和合作关系,负责大客户接洽工作职责6及时反馈客户对产品或服务的投诉与意见处理结果职责7努力提高服务质量,加强对客户代表的职业道德和形象教育职责8建立呼叫中心管理制度,及时、全面地为客户提供服务、了解客户需求和意见职责9组织实施服务补救工作,建立客户提案制度职责10协助其他部门工作,完成上级领导交办的各项工作",  # noqa: E501
    "job_csd_supervisor": "职责项职责描述职责1协助客户服务部经理制定客服部的各项规章制度,并组织实施职责2指导客户服务专员按照工作标准完成各项服务工作职责3定期制定客户服务实施计划,并监督进行落实,为企业决策提供支持职责4指导监督接待员和档案管理员,完善客户资料、规范档案管理职责5指导客户服务部接待员,对客户日常投诉的接待和处理,协助经理处理重大投诉事件职责6负责本部门员工的排班及考勤监督职责7维护所服务客户的关系,积累经验和技巧职责8关注客户需求,为提高产品或服务质量提出建议职责9协助客户服务经理,组织安排本部门会议,并将会议纪要呈报客户服务部经理审核职责10完成客户服务部经理交办的其他工作",  # noqa: E501
    "job_csd_specialist": "职责项职责描述职责1协助客户服务部主管制定并实施本部门的服务计划职责2协助客户服务部其他部门同事工作,并与之积极沟通交流职责3跟进所服务客户的日常投诉处理,重大投诉及时上报主管职责4协助处理本部门的客户回访工作,维护客户关系职责5收集整理客户信息,了解、调查客户的服务需求和意见建议,及时上报主管职责6在客户主管的指导下,定期不定期地开展客户满意度调查职责7完成客户服务部主管交办的其他任务",  # noqa: E501
}
SEED_004_SECTIONS = {
    "job_csd_complaint_officer_site": (
        "1.2",
        "1.2客户投诉专管员岗位职责在施服务1.2.1协助部门主管完成部门的所有投诉处理工作;1.2.2每周定期汇总投诉案例并上报;1.2.3处理日常投诉及突发事件,协调相关部门解决并反馈客户,每日查验记录明细;1.2.4定期总结和分析客户的服务需求、投诉、建议和意见,并提出改进方案;1.2.5负责对客户提出的问题进行解答、处理;1.2.6建立完善的\n\n4、工作日志,并及时向上级汇报工作情况;1.2.7负责做好投诉处理结果的情况回访;1.2.8按时完成主管交办的临时性工作。",
    ),  # noqa: E501
    "job_csd_complaint_officer_after_sales": (
        "1.3",
        "1.3客户投诉专管员岗位职责售后服务1.3.1负责接待客户日常来访、来电、来函等咨询;1.3.2负责客户基本信息的统计、分析、报表;1.3.3负责客户首次投诉受理,来电、来访、来函的报修;1.3.4负责客户情绪维护工作;1.3.5受经理指派可代理客户服务专员的工作;1.3.6负责本部门每周投诉、报修工作报表上报部门主管;1.3.7负责客户投诉与各相关部门工作衔接;1.3.8负责对日常客户发生事宜进行总结、分析,对以后的工作提出有效的改进方法;1.3.9配合部门经理或助理完成企业\n\n5、领导下达的工作任务;1.3.10按时完成部门经理或助理安排的临时性工作。",
    ),  # noqa: E501
    "job_csd_information_specialist": (
        "1.4",
        "1.4客户信息专员岗位职责1.4.1负责接听客户日常来电的咨询、报修、投诉接待,并详细填写客户来电信息记录表。1.4.2负责对咨询客户、交定金客户、签合同客户发送温馨短信,并维护客户接收短信的情况;1.4.3负责对电话回访的情况进行整理负责及时交各相关部门,并对处理结果进行跟踪反馈;最后将整件事情的经过记录在客户信息专管员日报表中;1.4.4负责客户意见、建议的反馈及跟踪,整理汇总到客户意见、建议反馈表每周五报部门主管;1.4.5负责与所管辖设计分部客户经理电话沟通,做好客情维护工作;1.4.6负责统计在施工过程中客户对主\n\n6、材设计师、设计师、巡检、施工队的工作满意度调查;1.4.7按时完成部门领导交办的临时性工作。",
    ),  # noqa: E501
    "job_csd_secretary": (
        "1.5",
        "1.5客户工作部秘书岗位职责1.5.1接听办公室电话,收发传真、业务信函;1.5.2整理部门管理日志;1.5.3遇有紧急事故,协助处理善后工作;1.5.4起草一般性文书、通告等;1.5.5定期整理客户档案、并装订存档;1.5.6负责本部门的人事、行政、后勤工作的对接;1.5.7执行上级所指派的工作,并按时完成;1.5.8按时完成部门领导交办的临时性工作。",
    ),  # noqa: E501
}
PAGE_BREAK = re.compile(r"\n\n\d+、")


def parse_table(text):
    """Duties of a seed-000 table: the text after each '职责N'."""
    body = text.split("职责描述", 1)[1]
    return [d for d in re.split(r"职责\d+", body) if d]


def parse_section(number, text):
    """Duties of a seed-004 section: the text after each 'number.N', without
    the page-break marks and the closing punctuation."""
    text = PAGE_BREAK.sub("", text)
    parts = re.split(re.escape(number) + r"\.\d+", text)[1:]
    return [p.rstrip(";。") for p in parts]


def seed_file(prefix):
    """The seed itself, where the shared folder sits beside the repository."""
    for root in Path(__file__).resolve().parents:
        found = sorted((root / "shared" / "seeds").glob(prefix + "_*.txt"))
        if found:
            return found[0].read_text(encoding="utf-8")
    return None


@tagged("post_install", "-at_install")
class TestDepartmentPositions(TransactionCase):
    def duties(self, xmlid, lang):
        job = self.env.ref("csd_management." + xmlid).with_context(lang=lang)
        return job.csd_responsibility_ids.sorted("sequence").mapped("name")

    def test_quotes_are_the_seed_text(self):
        seed_000, seed_004 = seed_file("000"), seed_file("004")
        if seed_000 is None:
            self.skipTest("the seeds are not beside this repository")
        for text in SEED_000_TABLES.values():
            self.assertIn(text, seed_000)
        for _number, text in SEED_004_SECTIONS.values():
            self.assertIn(text, seed_004)

    def test_seed_000_duties_word_for_word_in_chinese(self):
        expected_counts = {
            "job_csd_manager": 10,
            "job_csd_supervisor": 10,
            "job_csd_specialist": 7,
        }
        for xmlid, table in SEED_000_TABLES.items():
            handbook = parse_table(table)
            self.assertEqual(len(handbook), expected_counts[xmlid])
            self.assertEqual(self.duties(xmlid, "zh_CN"), handbook, xmlid)

    def test_seed_004_duties_word_for_word_in_chinese(self):
        for xmlid, (number, text) in SEED_004_SECTIONS.items():
            self.assertEqual(
                self.duties(xmlid, "zh_CN"), parse_section(number, text), xmlid
            )

    def test_duties_in_english_and_traditional_chinese(self):
        english = self.duties("job_csd_manager", "en_US")
        self.assertEqual(len(english), 10)
        self.assertTrue(english[0].startswith("Assist the HR department"))
        traditional = self.duties("job_csd_manager", "zh_TW")
        self.assertIn("協助人力資源部", traditional[0])
        self.assertNotEqual(traditional, self.duties("job_csd_manager", "zh_CN"))

    def test_handbook_positions_and_hierarchy(self):
        department = self.env.ref("csd_management.dep_customer_service")
        jobs = self.env["hr.job"].search([("department_id", "=", department.id)])
        self.assertGreaterEqual(len(jobs), 11)
        names = set(jobs.with_context(lang="zh_CN").mapped("name"))
        for name in (
            "数据分析员",
            "客户投诉专管员(在施服务)",
            "客户投诉专管员(售后服务)",
            "客户信息专员",
            "秘书/资料员",
            "培训师",
            "技术支持",
            "接待员",
        ):
            self.assertIn(name, names)
        manager = self.env.ref("csd_management.job_csd_manager")
        supervisor = self.env.ref("csd_management.job_csd_supervisor")
        specialist = self.env.ref("csd_management.job_csd_specialist")
        self.assertEqual(supervisor.csd_parent_id, manager)
        self.assertIn(supervisor, manager.csd_child_ids)
        self.assertIn(specialist, supervisor.csd_child_ids)
        self.assertEqual(
            manager.with_context(lang="zh_CN").csd_superior_title, "营销总监"
        )
        with self.assertRaises(ValidationError):
            manager.csd_parent_id = specialist

    def test_manager_job_description(self):
        manager = self.env.ref("csd_management.job_csd_manager").with_context(
            lang="zh_CN"
        )
        self.assertEqual(manager.csd_education, "大学专科以上")
        self.assertEqual(manager.csd_experience_years, 5)
        self.assertEqual(manager.csd_internal_collaboration, "生产部、品质部")
        rules_duty = manager.csd_responsibility_ids.filtered("assessment_focus")
        self.assertEqual(
            rules_duty.assessment_focus, "客户服务管理制度的完善与有效执行程度"
        )
        self.assertIn("组织建立并完善客户服务管理制度", rules_duty.tasks)
        secretary = self.env.ref("csd_management.job_csd_secretary")
        self.assertEqual(
            secretary.with_context(lang="zh_CN").csd_education,
            "文秘、中文或相关的文科专业,中专以上学历",
        )

    def test_printable_job_description(self):
        report = self.env.ref("csd_management.action_report_csd_job_description")
        job = self.env.ref("csd_management.job_csd_supervisor")
        html, _type = report.with_context(lang="zh_CN")._render_qweb_html(
            report.report_name, job.ids
        )
        html = html.decode()
        self.assertIn("负责本部门员工的排班及考勤监督", html)
        self.assertIn("客户服务部经理", html)  # the direct superior
        self.assertNotIn("Customer Service Department", html)
        # the button prints it (possibly after asking for the company layout)
        action = job.action_print_csd_job_description()
        self.assertIn(report.report_name, str(action))

    def test_organisation_and_goals(self):
        department = self.env.ref("csd_management.dep_customer_service")
        self.assertEqual(department.csd_organisation_type, "functional")
        goals = department.with_context(lang="zh_CN").csd_goal_ids
        self.assertEqual(len(goals.filtered("is_overall")), 1)
        self.assertEqual(len(goals), 7)
        self.assertIn("大客户", goals[1].name)
        east = self.env["res.country.state"].search(
            [("country_id.code", "=", "CN")], limit=2
        )
        team = self.env["hr.department"].create(
            {
                "name": "East team",
                "parent_id": department.id,
                "csd_region_ids": [(6, 0, east.ids)],
            }
        )
        department.csd_organisation_type = "regional"
        self.assertEqual(team.csd_region_ids, east)
        regional = self.env["hr.department"].search(
            [("csd_organisation_type", "=", "regional")]
        )
        self.assertIn(department, regional)

    def test_org_charts_open(self):
        for xmlid in (
            "csd_management.action_csd_org_chart_people",
            "csd_management.action_csd_org_chart_positions",
        ):
            action = self.env.ref(xmlid)
            views = self.env[action.res_model].get_views([(False, "hierarchy")])
            self.assertIn("hierarchy", views["views"])
        arch = self.env["hr.job"].get_views(
            [
                (
                    self.env.ref("csd_management.hr_job_view_hierarchy_csd").id,
                    "hierarchy",
                )
            ]
        )["views"]["hierarchy"]["arch"]
        self.assertIn('parent_field="csd_parent_id"', arch)

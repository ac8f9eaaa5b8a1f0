from datetime import datetime

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestTraining(CsdKpiCase):
    def test_sessions_feed_training_hours_and_exam_kpis(self):
        plan = self.env["csd.training.plan"].create(
            {
                "name": "March plan",
                "plan_type": "monthly",
                "date_from": self.date_from,
                "date_to": self.date_to,
            }
        )
        need = self.env["csd.training.need"].create(
            {"name": "Phone etiquette", "employee_id": self.specialist.id}
        )
        session = self.env["csd.training.session"].create(
            {
                "name": "Forbidden phrases",
                "plan_id": plan.id,
                "method": "internal",
                "date_start": datetime(2026, 3, 10, 9),
                "duration": 3,
                "trainer": "Li Qiang",
                "need_ids": [(4, need.id)],
                "attendance_ids": [
                    (0, 0, {"employee_id": self.specialist.id, "exam_score": 90}),
                    (0, 0, {"employee_id": self.colleague.id, "attended": False}),
                ],
            }
        )
        online = self.env["csd.training.session"].create(
            {
                "name": "New product",
                "method": "online",
                "date_start": datetime(2026, 3, 20, 14),
                "duration": 2,
                "trainer": "Product team",
                "attendance_ids": [
                    (0, 0, {"employee_id": self.specialist.id, "exam_score": 70}),
                ],
            }
        )
        hours = self.env.ref("csd_hr_kpi.kpi_training_hours")
        exam = self.env.ref("csd_hr_kpi.kpi_training_exam")
        employees = self.specialist | self.colleague
        # Planned sessions do not count yet.
        self.assertEqual(
            hours._compute_values(employees, self.date_from, self.date_to)[
                self.specialist.id
            ],
            0,
        )
        (session | online).action_done()
        self.assertEqual(need.state, "done")
        values = hours._compute_values(employees, self.date_from, self.date_to)
        self.assertEqual(values, {self.specialist.id: 5, self.colleague.id: 0})
        scores = exam._compute_values(employees, self.date_from, self.date_to)
        self.assertEqual(scores, {self.specialist.id: 80, self.colleague.id: None})
        with self.assertRaises(ValidationError):
            session.attendance_ids[0].exam_score = 120

from odoo.tests import TransactionCase, new_test_user
from odoo.tools.safe_eval import safe_eval


class CsdMenuCase(TransactionCase):
    """What a user meets first: the app's menu tree and the actions it opens."""

    def assertMenuOpens(self, root_xmlid, user, expected_models):
        """`user` sees the app under `root_xmlid`; each of its menus opens an
        action whose views load and whose records can be listed."""
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
        root = self.env.ref(root_xmlid)
        self.assertIn(
            root.id, menus["root"]["children"], "the app is not on the home screen"
        )
        leaves = self.env["ir.ui.menu"].search(
            [("id", "child_of", root.id), ("action", "!=", False)]
        )
        opened = set()
        for menu in leaves.filtered(lambda m: m.id in menus):
            action = menu.action
            model = self.env[action.res_model].with_user(user)
            modes = [m for m in action.view_mode.split(",") if m != "calendar"]
            views = model.get_views([(False, m) for m in modes])
            self.assertEqual(set(views["views"]), set(modes), menu.complete_name)
            domain = safe_eval(action.domain or "[]", {"uid": user.id})
            model.search_read(domain, ["display_name"], limit=10)
            opened.add(action.res_model)
        self.assertLessEqual(set(expected_models), opened)
        return opened

    @classmethod
    def make_user(cls, login, groups):
        return new_test_user(cls.env, login=login, groups=groups)

"""Flow runs and their jobs: what a run produces (plan.py), how a job looks at a given time
(view.py), and the jobs list's filters (query.py)."""

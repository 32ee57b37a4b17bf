"""`python -m contract_tests.rules`: the rule table contract_tests/README.md must hold."""

from contract_tests.rules.markdown import table

print(table())

# Set-up, run, test and lint the CSD addons. See README.md.
.PHONY: run test lint i18n setup

run:
	@tools/csd.sh run

test:
	@tools/csd.sh test

lint:
	@tools/csd.sh lint

i18n:
	@tools/csd.sh i18n

setup:
	@tools/csd.sh setup

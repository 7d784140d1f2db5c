# Conveniences over the scripts the README and docs/ name. Every target installs what it needs.
.PHONY: demo test bench bench-hook build corpus
demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/bench.sh
build:
	scripts/bootstrap.sh && swift build -c release --static-swift-stdlib --product territory

corpus:
	bash scripts/corpus.sh $(DIR)
bench-hook:
	bash scripts/bench-hook.sh

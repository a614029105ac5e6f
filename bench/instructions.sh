#!/bin/sh
# instructions.sh [REV...]: the instructions one pass of extraction over IndoSum executes,
# counted by valgrind (callgrind) with garbage collection off, for the working tree and
# for each git revision given (checked out in a temporary worktree). A pass is the run of
# cmd/onepass with -passes 1 less the run with -passes 0 (reading the corpus, loading the
# gazetteer, the warm-up). Needs valgrind (apt install valgrind) and ../shared; takes
# about a minute a build. Each profile is left in /tmp/onepass.NAME.out for
# callgrind_annotate.
set -eu
cd "$(dirname "$0")"
count() { # count BIN PASSES OUT
	GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
		--callgrind-out-file="$3" "$1" -passes "$2" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
measure() { # measure NAME (in the bench folder of the tree to measure)
	bin=$(mktemp /tmp/onepass.XXXXXX)
	go build -o "$bin" ./cmd/onepass
	load=$(count "$bin" 0 /dev/null)
	all=$(count "$bin" 1 "/tmp/onepass.$1.out")
	rm -f "$bin"
	echo "$1: $(((all - load) / 1000000))M instructions a pass ($((load / 1000000))M to load and warm up)"
}
measure worktree
for rev in "$@"; do
	# the revision in DIR/repo beside DIR/shared, a link to ../shared, which it reads
	dir=$(mktemp -d /tmp/onepass-wt.XXXXXX)
	git worktree add -q --detach "$dir/repo" "$rev"
	ln -s "$(cd ../.. && pwd)/shared" "$dir/shared"
	[ -d "$dir/repo/bench/cmd/onepass" ] || cp -r cmd/onepass "$dir/repo/bench/cmd/"
	(cd "$dir/repo/bench" && measure "$rev")
	git worktree remove --force "$dir/repo"
	rm -rf "$dir"
done

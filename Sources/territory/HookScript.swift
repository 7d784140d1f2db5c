/// The thin script `install-hooks` writes: it runs a hook that was there before (kept as
/// `NAME.territory-chained`) and then `territory hook NAME`, both on the same standard input.
enum HookScript {
    /// Marks a hook as territory's, so that installing twice changes nothing and uninstall knows
    /// what to remove.
    static let marker = "# installed by territory install-hooks"
    static let chainedSuffix = ".territory-chained"

    static func text(for name: String) -> String {
        """
        #!/bin/sh
        \(marker); `territory install-hooks --uninstall` restores what was here.
        # TERRITORY names the territory binary when it is not on PATH.
        input=$(mktemp) || exit 2
        trap 'rm -f "$input"' EXIT
        cat > "$input"
        chained="$0\(chainedSuffix)"
        if [ -x "$chained" ]; then
          "$chained" "$@" < "$input" || exit $?
        fi
        "${TERRITORY:-territory}" hook \(name) "$@" < "$input"

        """
    }
}

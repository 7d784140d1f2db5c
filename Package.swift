// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "territory",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "territory", targets: ["territory"]),
    ],
    dependencies: [
        // The command line: subcommands, typed options, `--format` validated at parse time.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `.territory.yml` and the plan's territory blocks: YAML with line numbers for every problem.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libgit2 from the system (Debian: libgit2-dev); shim.h wraps its variadic settings call.
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]
        ),
        // The only Swift that touches libgit2; its API is plain Swift values.
        .target(name: "TerritoryGit", dependencies: ["Clibgit2"]),
        // Plans, patterns, rules, reports. Knows nothing about git.
        .target(name: "TerritoryKit", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The use-cases: trusted plan, identity, judging ranges, staged changes, merges, ref
        // updates, the wave check, the guard, lint. Plain values in, a Report or a decision out;
        // never parses arguments, prints, reads the environment or exits.
        .target(name: "TerritoryEngine", dependencies: ["TerritoryGit", "TerritoryKit"]),
        // The executable: argument parsing, environment, output, exit status; one composition root.
        .executableTarget(
            name: "territory",
            dependencies: [
                "TerritoryEngine", "TerritoryGit", "TerritoryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers the test targets share: real git repositories in temporary folders driven
        // through the git CLI, the scenario plan, the seeded random generator.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TerritoryGitTests", dependencies: ["TerritoryGit", "TestSupport"]),
        .testTarget(name: "TerritoryKitTests", dependencies: ["TerritoryKit", "TestSupport"], exclude: ["Golden"]),
        // Each use-case on real repositories built in temporary folders, without the binary.
        .testTarget(name: "TerritoryEngineTests", dependencies: ["TerritoryEngine", "TerritoryGit", "TerritoryKit", "TestSupport"]),
        // Runs the built binary on real repositories; depends on the executable so that it is built.
        .testTarget(name: "EndToEndTests", dependencies: ["territory", "TestSupport"]),
    ]
)

using BenchmarkDotNet.Running;

// With no arguments, run everything (BenchmarkSwitcher would otherwise ask interactively).
return BenchmarkSwitcher.FromAssembly(typeof(TimelineFunctions.Benchmarks.ExtractionBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args)
    .Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;

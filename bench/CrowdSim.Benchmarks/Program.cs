using BenchmarkDotNet.Running;
using CrowdSim.Benchmarks;

// dotnet run -c Release --project bench/CrowdSim.Benchmarks -- --filter '*'            all benchmarks
// dotnet run -c Release --project bench/CrowdSim.Benchmarks -- --filter '*Random*' --job short
// dotnet run -c Release --project bench/CrowdSim.Benchmarks -- inputs                  sizes of the inputs
if (args is ["inputs"])
    return InputsReport.Print();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

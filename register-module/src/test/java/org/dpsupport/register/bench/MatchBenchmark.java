package org.dpsupport.register.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpsupport.register.demo.DemoRegister;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.register.domain.service.Matcher;
import org.dpsupport.register.domain.service.RegisterIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One match query over a demo register of 100,000 PAs (Barking and Dagenham districts), cycling
 * through the demo needs so no single easy query flatters the figures. Run by bench/match.sh, never
 * by mvn verify (the class name does not end in Test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {
  @Param("100000")
  public int profiles;

  private DemoRegister register;
  private Matcher matcher;
  private RegisterIndex index;
  private List<Need> needs;
  private int next;

  @Setup(Level.Trial)
  public void buildRegister() {
    register = DemoRegister.generate(2026L, profiles);
    VettingPolicy policy = VettingPolicy.standard();
    matcher = new Matcher(policy);
    index = RegisterIndex.of(register.profiles(), policy, matcher, register.day());
    needs = register.needs();
  }

  private Need nextNeed() {
    next = (next + 1) % needs.size();
    return needs.get(next);
  }

  /** Matcher.rank over all 100,000 profiles, every match returned and ordered. */
  @Benchmark
  public List<Match> fullScanAllMatches() {
    return matcher.rank(nextNeed(), register.profiles(), register.day());
  }

  /** The index: only the need's district and required skills are touched; every match returned. */
  @Benchmark
  public List<Match> indexedAllMatches() {
    return index.rank(nextNeed(), register.day());
  }

  /** The index, first page of 20: what a results page or the REST API asks for. */
  @Benchmark
  public List<Match> indexedFirst20() {
    return index.rank(nextNeed(), register.day(), 20);
  }
}

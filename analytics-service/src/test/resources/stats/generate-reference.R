# Reference values for the Mann-Whitney statistics of analytics-service, computed with R and coin.
# Regenerate with:  Rscript generate-reference.R > mann-whitney-reference.csv
# (Debian packages r-base-core and r-cran-coin.) The cases are seeded, so the output is stable.
suppressMessages(library(coin))
set.seed(20261124)

expand <- function(counts) rep(1:5, times = counts)

row <- function(name, xc, yc) {
  x <- expand(xc); y <- expand(yc)
  fmt <- function(v) if (is.null(v) || is.na(v) || is.nan(v)) "NA" else formatC(v, digits = 17, format = "g")
  u <- NA; pa <- NA; pc <- NA; pe <- NA
  if (length(x) > 0 && length(y) > 0) {
    u <- unname(suppressWarnings(wilcox.test(x, y, exact = FALSE, correct = FALSE))$statistic)
    pa <- suppressWarnings(wilcox.test(x, y, exact = FALSE, correct = FALSE))$p.value
    pc <- suppressWarnings(wilcox.test(x, y, exact = FALSE, correct = TRUE))$p.value
    if (length(unique(c(x, y))) > 1) {
      d <- data.frame(v = c(x, y), g = factor(c(rep("x", length(x)), rep("y", length(y))), levels = c("x", "y")))
      pe <- pvalue(wilcox_test(v ~ g, data = d, distribution = "exact"))
    }
  }
  stat <- function(v, f) if (length(v) == 0 || (identical(f, sd) && length(v) < 2)) NA else f(v)
  cat(paste(c(name, xc, yc, fmt(u), fmt(pa), fmt(pc), fmt(pe),
              fmt(stat(x, mean)), fmt(stat(x, sd)), fmt(stat(x, median)),
              fmt(stat(y, mean)), fmt(stat(y, sd)), fmt(stat(y, median))), collapse = ","), "\n", sep = "")
}

cat("case,x1,x2,x3,x4,x5,y1,y2,y3,y4,y5,u,p_asymptotic,p_asymptotic_corrected,p_exact,mean_x,sd_x,median_x,mean_y,sd_y,median_y\n")
row("one-vs-one", c(0,0,0,1,0), c(0,1,0,0,0))
row("one-vs-one-tied", c(0,0,1,0,0), c(0,0,1,0,0))
row("all-tied", c(0,0,3,0,0), c(0,0,4,0,0))
row("paper-like-item1", c(0,1,4,4,1), c(0,1,2,5,1))
row("paper-like-item2", c(1,2,2,3,2), c(0,1,1,4,3))
row("paper-like-item3", c(0,0,4,6,0), c(0,1,2,3,3))
row("two-levels", c(0,0,5,7,0), c(0,0,8,2,0))
row("extremes", c(10,0,0,0,0), c(0,0,0,0,12))
row("one-sided-small", c(0,0,0,2,3), c(2,3,0,0,0))
row("unbalanced-1-vs-20", c(0,0,0,0,1), c(4,4,4,4,4))
sizes <- list(c(2,3), c(3,3), c(4,6), c(5,5), c(6,8), c(8,8), c(10,9), c(10,10), c(12,15), c(15,15), c(18,22), c(20,20),
              c(25,30), c(30,30), c(35,40), c(40,40), c(45,50), c(50,50), c(55,65), c(60,60), c(70,80), c(80,80),
              c(90,100), c(100,100), c(100,120), c(120,120), c(150,150), c(160,200), c(200,200), c(250,300), c(300,300), c(300,400))
i <- 0
for (s in sizes) {
  i <- i + 1
  px <- prop.table(runif(5) ^ 2); py <- prop.table(runif(5) ^ 2)
  xc <- as.vector(rmultinom(1, s[1], px)); yc <- as.vector(rmultinom(1, s[2], py))
  row(sprintf("random-%02d-%dv%d", i, s[1], s[2]), xc, yc)
}

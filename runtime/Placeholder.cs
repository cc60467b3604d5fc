namespace NewsSchema; internal static class Placeholder { }
